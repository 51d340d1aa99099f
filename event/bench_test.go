package event

import (
	"strings"
	"testing"
)

// BenchmarkExtract measures Extract alone (tokens, actors and times given)
// over a 40-sentence news-like text.
func BenchmarkExtract(b *testing.B) {
	para := "In June 2023, Putin visited Pyongyang and met Kim in the capital. " +
		"Iran sent about 3,000 to 4,500 troops to Russia, according to Yonhap. " +
		"The Putin-Kim talks, which lasted hours, did not produce an agreement. " +
		"Kim will travel to Moscow next month, KCNA said. " +
		"Russia launched an attack on Kyiv while NATO watched. " +
		"China fired seven missiles into the sea on Friday. " +
		"Officials didn't say whether any new agreements were reached. " +
		"Erdogan held talks with Xi in Ankara. "
	in := input(strings.Repeat(para, 5), tx{"June 2023", "DATE", "2023-06", false})
	b.SetBytes(int64(len(in.Text)))
	b.ResetTimer()
	for b.Loop() {
		Extract(in)
	}
}

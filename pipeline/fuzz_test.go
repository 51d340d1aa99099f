package pipeline

import (
	"reflect"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/timex"
	"github.com/chronograph-news/chronograph/token"
)

// FuzzInferDCT feeds arbitrary text, with its own time expressions and a
// full date (the weekday scan, the dateline and the counted year read raw
// input), and checks that an inference is a whole day or an interval with
// a confidence in (0,1] and a reason.
func FuzzInferDCT(f *testing.F) {
	f.Add("Shoigu departed Pyongyang later on Friday.", "2025-02-27")
	f.Add("Mondays and Tuesdays", "")
	f.Add("\xff\xfeFriday\x00Sunday", "1999-12-31")
	f.Add("TOKYO, March 3 (Kyodo) - It marked its 50th anniversary, founded in 1975.", "")
	f.Fuzz(func(t *testing.T, text, bound string) {
		tx := timex.Tag(text, time.Time{})
		if d, err := time.Parse(time.DateOnly, bound); err == nil {
			tx = append(tx, dayTimex(d.Format(time.DateOnly)))
		}
		inf, ok := InferDCT(text, tx, nil, nil)
		if !ok {
			return
		}
		if inf.DCT != day(inf.DCT) || inf.Confidence <= 0 || inf.Confidence > 1 || inf.Reason == "" ||
			inf.Earliest.IsZero() || inf.Earliest.After(inf.Latest) || !inf.DCT.IsZero() && !inf.DCT.Equal(inf.Earliest) {
			t.Errorf("bad inference %+v", inf)
		}
	})
}

// FuzzCacheCodec feeds arbitrary bytes to the decoders of the store's
// values (a corrupt or foreign store file) and checks that they never
// panic, and that what they accept encodes back to a value that decodes
// to the same (a value read is a value the codec could have written).
func FuzzCacheCodec(f *testing.F) {
	f.Add(encodeAnalysis([][2]string{{"person:putin", "Vladimir Putin"}},
		[]timex.Timex{{Start: 1, End: 5, Text: "Friday", Type: "DATE", Value: "2025-03-21"}}, nil))
	f.Add(encodeCandidates(nil, token.Tokenize("Talks ended.")))
	f.Add([]byte{analysisCodec, 0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Add([]byte{candidateCodec, 3, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, v []byte) {
		if names, tx, ms, ok := decodeAnalysis(v); ok {
			n2, t2, m2, ok := decodeAnalysis(encodeAnalysis(names, tx, ms))
			if !ok || len(n2) != len(names) || len(t2) != len(tx) || len(m2) != len(ms) {
				t.Errorf("an accepted analysis does not read back: %d %d %d names, times, mentions", len(names), len(tx), len(ms))
			}
		}
		const text = "Talks ended on Friday."
		if sents, toks, ok := decodeCandidates(v, text); ok {
			if s2, t2, ok := decodeCandidates(encodeCandidates(sents, toks), text); !ok || len(s2) != len(sents) || !reflect.DeepEqual(t2, toks) {
				t.Errorf("accepted candidates do not read back: %d sentences, %d tokens", len(sents), len(toks))
			}
		}
	})
}

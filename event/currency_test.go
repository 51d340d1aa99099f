package event

import (
	"strings"
	"testing"
)

// TestCurrencyOwner: a state named right before a currency ("200 million
// US dollars") tells whose money is counted and takes no part in the
// event; a state before a verb spelt like a currency ("Russia won") does.
func TestCurrencyOwner(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		want          string // a role the mention must not have ("" for none) or must have ("+role")
	}{
		{"Iran pledged to donate 150 million Russia dollars to Turkey.", "donate", "country:RUS"},
		{"Oil prices fell to 58 Ukraine dollars per barrel on Friday.", "fell", "country:UKR"},
		{"Russia won six gold medals on Friday.", "won", "+agent=country:RUS"},
	} {
		got := triggerRoles(input(tc.text), tc.trigger)
		if w, ok := strings.CutPrefix(tc.want, "+"); ok {
			if !strings.Contains(got, w) {
				t.Errorf("%q %s: roles %q, want %s among them", tc.text, tc.trigger, got, w)
			}
		} else if strings.Contains(got, tc.want) {
			t.Errorf("%q %s: roles %q name %s, the currency's state", tc.text, tc.trigger, got, tc.want)
		}
	}
}

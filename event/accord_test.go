package event

import "testing"

// TestAccordFrame checks that an agreement verb whose oblique names a
// view or a judgement shared, or whose "with" party comes before a
// that-clause judging the present, is a statement of accord (CAMEO 019)
// titled by its own verb and oblique, while terms agreed stay an
// agreement.
func TestAccordFrame(t *testing.T) {
	for _, c := range []struct {
		name, text, trigger string
		typ                 Type
		code, title         string
	}{
		{"the need for a force", "Ruritania agreed on Tuesday on the need for the quick deployment of a peace force.", "agreed", Statement, "019", "Ruritania agrees on need for quick deployment of peace force"},
		{"the importance of ties", "The two ministers agreed on the importance of close trade ties, the ministry said on Tuesday.", "agreed", Statement, "019", ""},
		{"a comment", "The visiting envoy agreed with the minister's comment on border trade.", "agreed", Statement, "019", ""},
		{"a party and a judgement", "\"I agree with the IMF that the deficit poses a risk to growth,\" the treasurer said.", "agree", Statement, "019", ""},
		{"terms with a party", "Ruritania agreed with Osterlich on a ceasefire on Tuesday.", "agreed", Agreement, "057", ""},
		{"a party and terms to come", "Ruritania agreed with Osterlich that talks would resume in May.", "agreed", Agreement, "057", ""},
	} {
		m, ok := taggedMention(t, c.text, c.trigger)
		if !ok {
			t.Errorf("%s: %q: no mention at %q", c.name, c.text, c.trigger)
			continue
		}
		if m.Type != c.typ || m.CAMEO != c.code {
			t.Errorf("%s: %q: %s %s, want %s %s", c.name, c.text, m.Type, m.CAMEO, c.typ, c.code)
		}
		if c.title != "" && m.Title != c.title {
			t.Errorf("%s: %q: title %q, want %q", c.name, c.text, m.Title, c.title)
		}
	}
}

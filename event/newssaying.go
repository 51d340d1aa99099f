package event

import (
	"strings"
	"time"
)

// newssaying.go: a named speaker's announcement, denial, insistence,
// admission or disclosure told past the lead with no day of its own ("The
// minister later announced that the border would reopen", "Doe denied
// that the funds were misused") is a statement an analyst wants on the
// timeline, unlike a bare "said", which past the lead mostly frames a
// quotation (kept only for a named speaker's first saying: namedsaying.go):
// laterStatement keeps it, bound by the day of publication.

// newsSayings are the verb forms of a saying that is news of its own even
// when the text gives it no day (undatedNewsSaying; data/words.yaml).
var newsSayings = wordList("news_sayings")

// holdsForm reports, before any parse, whether the sentence holds a word
// of forms (lower-cased verb forms: newsSayings, plainSayings): a sentence
// with no time laterStatement parses for an undated statement of its own.
func (s *sent) holdsForm(forms map[string]bool) bool {
	for i := s.first; i < s.last; i++ {
		if forms[s.word(i)] {
			return true
		}
	}
	return false
}

// undatedNewsSaying dates the statement m past the lead, whose reporting
// verb at token r has no day of its own, when its trigger is a verb form
// of newsSayings with no auxiliary: by the day of publication, on a day
// the text does not give (PublicationBound), and reports whether it did.
// A perfect ("has insisted", "had announced") tells a stance held or an
// act of earlier, background to the day's news.
func (s *sent) undatedNewsSaying(m *Mention, r int) bool {
	if !newsSayings[strings.ToLower(m.Trigger)] {
		return false
	}
	tr, n, ok := s.treeAt(r)
	if !ok || len(tr.kids(n, is("aux"))) > 0 {
		return false
	}
	m.Time, m.Basis = nil, PublicationBound
	return true
}

// publicationDay is the document's creation day as a time value
// ("2006-11-07"), or "" when it is unknown.
func (s *sent) publicationDay() string {
	if s.d.in.DCT.IsZero() {
		return ""
	}
	return s.d.in.DCT.Format(time.DateOnly)
}

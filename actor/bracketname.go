package actor

import (
	"strings"

	"github.com/chronograph-news/chronograph/token"
)

// learnBracketed remembers, for later mentions of any document, that the
// name of candidate c (of toks, nameKey key) names the known body id
// when c was read as that body by the bracketed name after it
// (recognizer.emit): "the Group 20 (G20)" teaches that "Group 20" alone
// is the G20, as "the Group 20" later in the article must be, instead of a
// body of its own. The name is learnt under the key an organization of
// that name and affiliation is looked up by (resolve, candOrg), never over
// a name already learnt, and only when the gazetteer does not know the
// name itself.
func (r *Resolver) learnBracketed(c *candidate, toks []token.Token, key, id string) {
	if c.kind != candEntity || id == "" || len(c.ids) == 0 || id != c.ids[0] || r.kindOf(id) != Organization {
		return
	}
	if c.last >= len(toks) || toks[c.last].Text != "(" {
		return
	}
	if len(r.g.names[key]) > 0 {
		return // a name of its own ("Hamas (Islamic Resistance Movement)")
	}
	prefix := "org:"
	if c.affil != "" {
		prefix += strings.ToLower(strings.TrimPrefix(c.affil, "country:")) + "-"
	}
	if _, ok := r.learnt[prefix+key]; !ok {
		r.learnt[prefix+key] = id
	}
}

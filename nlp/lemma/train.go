package lemma

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// Config sets how a lemmatizer is learned.
type Config struct {
	MaxSuffix    int // longest word ending (in bytes) the rules are keyed by
	MinSuffix    int // an ending seen fewer times with a tag gets no rule of its own
	MinException int // a word the rules get wrong needs this many uses to be kept as an exception
}

// DefaultConfig returns the settings the shipped model is trained with.
func DefaultConfig() Config {
	return Config{MaxSuffix: 6, MinSuffix: 2, MinException: 1}
}

// hasLemma reports whether t has a lemma to learn from.
func hasLemma(t *conllu.Token) bool { return t.Lemma != "" && t.Lemma != "_" }

// Train learns a lemmatizer from train and writes its accuracy on dev
// (with the gold tags) to log, when both are given.
func Train(train, dev []conllu.Sentence, cfg Config, log io.Writer) (*Model, error) {
	if cfg.MaxSuffix < 0 || cfg.MaxSuffix > maxSuffixLimit {
		return nil, fmt.Errorf("lemma: MaxSuffix %d out of range", cfg.MaxSuffix)
	}
	// Rules are numbered in order of their keys, so that the model does
	// not depend on map order.
	ruleIDs := map[string]int32{}
	ruleByKey := map[string]rule{}
	forms := map[string]map[string]int{} // tag NUL form → lemma → count
	for _, s := range train {
		for i := range s.Tokens {
			t := &s.Tokens[i]
			if !hasLemma(t) || strings.ContainsRune(t.Form, 0) {
				continue
			}
			r := ruleOf(t.Form, t.Lemma)
			ruleByKey[r.key()] = r
			k := tagOf(t) + "\x00" + t.Form
			if forms[k] == nil {
				forms[k] = map[string]int{}
			}
			forms[k][t.Lemma]++
		}
	}
	if len(ruleByKey) == 0 {
		return nil, errors.New("lemma: no lemmas to learn from")
	}
	keys := slices.Sorted(maps.Keys(ruleByKey))
	m := &Model{maxSuffix: cfg.MaxSuffix, suffixes: map[string][]int32{}, except: map[string]string{}, known: map[string]bool{}}
	for _, s := range train {
		for i := range s.Tokens {
			if t := &s.Tokens[i]; hasLemma(t) {
				m.known[knownKey(tagOf(t), t.Lemma)] = true
			}
		}
	}
	for i, k := range keys {
		ruleIDs[k] = int32(i)
		m.rules = append(m.rules, ruleByKey[k])
	}

	// Count the rules per (tag, ending), over every length of ending that
	// contains what the rule strips.
	counts := map[string]map[int32]int{}
	for _, s := range train {
		for i := range s.Tokens {
			t := &s.Tokens[i]
			if !hasLemma(t) || strings.ContainsRune(t.Form, 0) {
				continue
			}
			r := ruleOf(t.Form, t.Lemma)
			id := ruleIDs[r.key()]
			low, tag := lowerOf(t.Form), tagOf(t)
			for n := len(r.strip); n <= min(cfg.MaxSuffix, len(low)); n++ {
				k := tag + "\x00" + low[len(low)-n:]
				if counts[k] == nil {
					counts[k] = map[int32]int{}
				}
				counts[k][id]++
			}
		}
	}
	// Keep an ending's best rules unless the ending is rare or the shorter
	// ending it falls back to has the same.
	nodes := slices.Sorted(maps.Keys(counts))
	slices.SortStableFunc(nodes, func(a, b string) int { return len(a) - len(b) })
	for _, k := range nodes {
		c := counts[k]
		ids := slices.Sorted(maps.Keys(c))
		total := 0
		for _, id := range ids {
			total += c[id]
		}
		slices.SortStableFunc(ids, func(a, b int32) int { return c[b] - c[a] })
		ids = ids[:min(len(ids), keepRules)]
		tag, end, _ := strings.Cut(k, "\x00")
		if total < cfg.MinSuffix && end != "" {
			continue
		}
		if fallback, ok := m.fallback(tag, end); ok && slices.Equal(fallback, ids) {
			continue
		}
		m.suffixes[k] = ids
	}

	// Exceptions: the words whose usual lemma the rules miss.
	for _, k := range slices.Sorted(maps.Keys(forms)) {
		tag, form, _ := strings.Cut(k, "\x00")
		lemmas := forms[k]
		best, total := "", 0
		for _, l := range slices.Sorted(maps.Keys(lemmas)) {
			total += lemmas[l]
			if best == "" || lemmas[l] > lemmas[best] {
				best = l
			}
		}
		if total >= cfg.MinException && m.ruleLemma(form, tag) != best {
			m.except[k] = best
		}
	}
	if log != nil && len(dev) > 0 {
		fmt.Fprintf(log, "lemma: %d rules, %d endings, %d exceptions, dev %.2f%% (gold tags)\n",
			len(m.rules), len(m.suffixes), len(m.except), m.Evaluate(dev))
	}
	return m, nil
}

// maxSuffixLimit bounds Config.MaxSuffix and the decoded model's.
const maxSuffixLimit = 32

// fallback returns the rule the lookup would reach for ending end of tag
// with the endings kept so far, when end itself has none.
func (m *Model) fallback(tag, end string) ([]int32, bool) {
	for n := len(end) - 1; n >= 0; n-- {
		if r, ok := m.suffixes[tag+"\x00"+end[len(end)-n:]]; ok {
			return r, true
		}
	}
	return nil, false
}

// ruleLemma returns the lemma the ending rules alone give form.
func (m *Model) ruleLemma(form, tag string) string {
	l, _ := m.byRules(form, tag, nil)
	return l
}

// Evaluate lemmatizes copies of gold (with its tags) and returns the
// percentage of lemmas right.
func (m *Model) Evaluate(gold []conllu.Sentence) float64 {
	right, total := 0, 0
	for _, s := range gold {
		for i := range s.Tokens {
			t := &s.Tokens[i]
			if !hasLemma(t) {
				continue
			}
			if m.Lemma(t.Form, tagOf(t)) == t.Lemma {
				right++
			}
			total++
		}
	}
	return 100 * float64(right) / float64(max(total, 1))
}

package event

import "strings"

// undergone.go: a hostile noun event whose victim its clause names through
// a hostile verb the noun is the subject of, not the noun's own words: the
// object of that verb ("a coup that ousted Karimov", "the raid seized two
// guards"; a relative clause the parse hangs on the noun's time, "a coup in
// May that ousted Karimov", too) undergoes the noun's act as it undergoes
// the verb's. (The passive subject of a verb the noun is an oblique of,
// "Karimov was overthrown in a coup", is befallen.go's.) The verb must
// itself be a hostile trigger, and no killing: a killing's dead are its own
// event's ("an ambush that killed five guards" is told as the killing), and
// the attack would take them from it.

// relativeUndergoneReach is how far after the noun (or its time) the relative
// pronoun of its clause may stand: "a coup that ousted", "a coup in May
// which ousted"; a pronoun further on stands for a later noun ("casualties
// on the army which attacked its base": the army attacked), however the
// parse hangs the clause.
const relativeUndergoneReach = 2

// undergoers returns the actors the hostile noun trigger t at n is done
// to through the hostile verb of its clause (see the file comment); nil
// for a noun of another type or a clause of no such verb.
func (s *sent) undergoers(t *trigger, n node) []np {
	d := s.tr
	if !t.noun || !hostile[t.e.Type] && t.e.Type != Coup {
		return nil
	}
	hostileVerb := func(h node) bool {
		if !d.verbal(h) {
			return false
		}
		toks := s.tokensOf(h)
		if len(toks) != 1 {
			return false
		}
		v := s.triggerAt(toks[0])
		return v != nil && v != t && !v.noun && v.e.Type != Killing && (hostile[v.e.Type] || v.e.Type == Coup)
	}
	var out []np
	var acts []node
	if h, ok := d.head(n); ok && d.rel(n) == "nsubj" {
		acts = append(acts, h) // "the raid seized two guards"
	}
	heads := []node{n}
	for _, k := range d.kids(n, is("nmod")) {
		if toks := s.tokensOf(k); len(toks) > 0 && s.d.timexAt[toks[0]] >= 0 {
			heads = append(heads, k) // "a coup in May that ousted": the parse's clause on the time
		}
	}
	for _, h := range heads {
		for _, r := range d.kids(h, is("acl:relcl")) {
			for _, k := range d.kids(r, is("nsubj")) {
				if w := d.w(k); (w.XPOS == "WDT" || relativizers[strings.ToLower(w.Form)]) && k > h && k-h <= relativeUndergoneReach {
					acts = append(acts, r) // "a coup that ousted Karimov"
				}
			}
		}
	}
	for _, h := range acts {
		if len(d.kids(h, is("aux:pass"))) > 0 || !hostileVerb(h) {
			continue
		}
		for _, k := range d.kids(h, is("obj")) {
			out = append(out, s.phraseActors(k, false)...)
		}
	}
	return out
}

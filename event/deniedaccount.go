package event

// deniedaccount.go: an event told only as the content of a claim that someone
// calls untrue ("the club dismissed reports saying its captain had
// rejected a contract", "the ministry denied allegations of torture"):
// the text does not assert it, whatever tense the claim tells it in.

// accountCases are the prepositions of a noun phrase that tells what an
// account says happened ("reports of an attack", "rumours about a coup").
var accountCases = wordList("account_cases")

// deniedAccount reports whether the event at n lies in the content of an
// account noun (modality.yaml accounts: an "of"/"about" phrase, a content
// clause, or a participle or clause hung on the noun) that a verb of
// denial (modality.yaml denials), not itself negated, has for its object
// or passive subject. The climb from n to the account passes only what
// the content claims (claimedPart), at most maxModalityDepth steps.
func (t *tree) deniedAccount(n node) bool {
	cues := theModality
	cur := n
	for depth := 0; depth < maxModalityDepth; depth++ {
		h, ok := t.head(cur)
		if !ok {
			return false
		}
		r := t.rel(cur)
		if r == "parataxis" {
			return false // a clause set beside another tells its own
		}
		if r == "conj" && t.strandedContent(cur, h) {
			return true
		}
		if t.nominal(h) && t.lemmaIn(h, cues.accounts) {
			if !t.accountContent(cur, r) {
				return false // "reports by the agency", "the report which the army issued"
			}
			return t.denied(h)
		}
		if !t.claimedPart(cur, h, r) {
			return false // "denied accusations of masterminding the murder": the murder is no claim
		}
		cur = h
	}
	return false
}

// claimedPart reports whether cur, hung on h by the relation r, is what
// the clause or phrase of h claims happened, so that the account holding
// h holds cur too: a conjunct, the clause a reporting participle takes
// ("reports saying the army shelled"), or the subject or object of a verb
// of occurrence ("claims that a raid took place"). The object of another
// verb is that verb's matter ("accusations of masterminding the murder",
// "allegations of involvement in the attack": the murder and the attack
// took place, what is denied is the part in them).
func (t *tree) claimedPart(cur, h node, r string) bool {
	switch r {
	case "conj", "ccomp":
		return true
	case "nsubj", "nsubj:pass", "obj":
		return t.lemmaIn(h, theModality.occurrence)
	}
	return false
}

// accountContent reports whether cur, hung on an account noun by the
// relation r, tells the account's content: an "of"/"about" phrase, a
// participle or infinitive ("reports saying ...", "claims to have
// ..."), or a content clause, told by its "that" even where the parse
// reads a relative clause ("allegations that soldiers had beaten ...").
func (t *tree) accountContent(cur node, r string) bool {
	switch {
	case baseRel(r) == "nmod":
		return accountCases[t.caseWord(cur)]
	case r == "acl:relcl":
		return t.contentClause(cur) || t.misreadContent(cur)
	case baseRel(r) == "acl":
		return true
	}
	return false
}

// denied reports whether the account noun a is the object, or the passive
// subject, of a verb of denial not itself negated ("denied reports",
// "reports were dismissed"; not "did not deny reports").
func (t *tree) denied(a node) bool {
	r := t.rel(a)
	if r != "obj" && r != "nsubj:pass" {
		return false
	}
	v, ok := t.head(a)
	return ok && t.verbal(v) && t.lemmaIn(v, theModality.denials) && !t.negated(v)
}

// strandedContent reports whether the clause cur, which the parse
// coordinated with the denial verb h though no conjunction joins them,
// is the content of the participle that the account noun, h's object,
// takes before it ("dismissed reports saying the captain had rejected a
// deal" read with "rejected" as a conjunct of "dismissed"): its
// participle (acl) stands between the noun and cur.
func (t *tree) strandedContent(cur, h node) bool {
	if len(t.kids(cur, is("cc"))) > 0 || !t.verbal(cur) {
		return false
	}
	for _, a := range t.kids(h, is("obj")) {
		if !t.lemmaIn(a, theModality.accounts) || !t.denied(a) {
			continue
		}
		for _, p := range t.kids(a, is("acl")) {
			if p < cur && t.verbal(p) {
				return true
			}
		}
	}
	return false
}

// Package eval scores chronograph's events against hand-annotated gold
// events (the JSON Lines format of eval/gold/README.md).
//
// A predicted event is counted once per article it has a source in: an
// event merged from two articles is one prediction in each. Matching is
// done article by article:
//
//   - a prediction is a candidate for a gold event of the same article when
//     one of its source quotes overlaps the gold evidence or comes from a
//     sentence the evidence touches;
//   - every candidate pair gets a score (type, CAMEO root, main participant,
//     no wrong participant, date; see pairScore) and pairs are taken
//     greedily, best first, each gold event and each prediction at most once
//     (ties: earlier gold event, then earlier prediction);
//   - a prediction left over that is a candidate of an already matched gold
//     event of the same type or CAMEO root is a duplicate (within the
//     article); so is a matched prediction whose gold event tells the same
//     happening as a gold event of another article (same type, date and main
//     participant) that a different predicted event matched (across
//     articles: the merge should have made them one event).
//
// The rules of a matched pair:
//
//   - type: the project types agree (attack and killing agree with each
//     other: one violent act, typed by whether its deaths are told); CAMEO root: the first two digits of the
//     CAMEO codes agree (when the gold code is "", the types must agree).
//     Type right, as the strict recall and the fully-right rate use it, is
//     type agreement, or, for a gold type outside chronograph's vocabulary
//     (a CAMEO root name such as "disapprove"), CAMEO root agreement.
//   - names (see SameName): case is ignored, words are letters and digits,
//     the stopwords of data/names.yaml ("the", "of"...) and possessive 's
//     are dropped; two names
//     match when every word of the one with fewer words is in the other, a
//     word matching a word that equals it or starts with it when it has at
//     least minStemLen letters ("Israel" matches "Israeli police").
//     A predicted actor's labels are its name and aliases, and a country's
//     demonyms ("Palestine" matches "Palestinian police" by "Palestinian",
//     as "Israel" matches "Israeli police" by its spelling).
//   - participants right: the main gold participant (the first agent) is a
//     predicted agent or counterpart, and every predicted participant other
//     than a location matches a gold participant or the gold location.
//     Without a gold agent the first condition holds.
//   - date right: the predicted interval lies within the gold date's
//     interval (a predicted day in the gold month is right, a predicted
//     year for a gold day is not). A gold "before" date is right for a
//     publication-dated prediction, or one that ends on or before the bound
//     and starts at most beforeWindow days earlier. A publication-bound
//     prediction (on or before its end, start open) is right, and exact,
//     only for a gold "before" date with the same bound: it holds no
//     bounded gold interval. Exact date: the intervals are equal, or the
//     prediction is right and writes the gold's value (a month told as
//     "earlier this month" is the month, though its interval ends before
//     the anchor); for "before", the prediction is publication-dated or
//     bound by the same day.
//
// The metrics (Counts, Rates): precision is the share of predictions that
// match a gold event (duplicates included: they are real); recall the share
// of gold events matched; strict recall the share of gold events matched
// with the type right, the main participant present and the exact date;
// the type, CAMEO, participant and date accuracies are shares of the
// matched pairs; the duplicate rate and the fully-right rate (real, type
// right, participants right, date right, not a duplicate) are shares of
// the predictions.
//
// One-sentence news items (Item, ReadItems, ScoreItems; the items section
// of eval/gold/README.md) are scored apart: each item is built as a
// document by itself, and it is found when one of its events is dated on
// the item's day (DayHolds: a day, a time of day or a range of days
// holding it) and has the item's first actor among its participants,
// locations aside, by the names rule above.
package eval

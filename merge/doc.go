// Package merge turns event mentions into events: one real-world happening
// is one event, however many sentences and articles mention it.
//
// # The rule
//
// Two mentions (or a mention and an event already merged) are the same
// event when all of the following hold:
//
//  1. Their factualities are in the same class: asserted and reported
//     mentions merge together; planned, hypothetical and negated ones
//     only with their own kind.
//  2. Their types are compatible: equal, or in the same row of the
//     compatibility table (compat.go). A visit, the arrival that starts
//     it, the departure that ends it and the meeting or talks held during
//     it are one happening; so are a weapons test and a missile launch.
//  3. Their participants overlap: they share an agent, or, when either
//     type is symmetric (meeting, phone call, negotiation, agreement), an
//     actor that is agent or counterpart in one is agent or counterpart in
//     the other. A person and the country he is affiliated with count as
//     shared for agents ("Kim oversaw the test" / "North Korea tested").
//     A mention without any agent or counterpart (or an event without
//     any) is judged by weaker evidence: it joins an event mentioned at
//     most three sentences away in the same document, or an event at
//     the same location (or one containing or contained in it: Pyongyang
//     and North Korea), or, when its own expression dates it to a day,
//     an event of exactly its type dated to exactly that day.
//  4. Their dates are compatible at the coarser granularity: one date
//     interval contains the other (2025-03 contains 2025-03-21; 2024
//     contains 2024-FA). Dates that differ at a granularity both have
//     never merge: visits of 2023, 2024-09 and 2025-03-21 stay three
//     events, and two events on different days stay apart.
//  5. A publication-dated mention (no time expression of its own, dated by
//     the article's DCT) is weaker evidence: it only joins an event that
//     already has a mention from the same document or from a document
//     with the same DCT, and its DCT day must fall in that event's date.
//     It never makes an event's date more precise. A publication-bound
//     mention (told as done before the news of the day: "had arrested")
//     is weaker still: its date is every day up to its DCT, so it is
//     compatible with any date that ends by then; alone it makes an event
//     dated on or before the DCT, start open.
//
// Mentions are visited most precise date first, so that a month-level
// mention joins the day-level event it can belong to rather than seeding a
// coarser one; among several candidate events the one sharing the document,
// then the most participants, wins. Two passes then undo the order
// dependence of that greedy visit: an event all of whose mentions naming
// actors would join an earlier event is absorbed by it; and an event made
// only of publication-dated mentions naming no actor ("Kim said during the
// meeting") joins the event of its day and kind that the most documents of
// the same DCT report, when one clearly does (the news of the day refers to
// the day's most reported happening). An event still made only of such
// mentions (no actor, no place, no date of its own) is dropped unless
// Options.KeepAnonymous: it says neither who nor when. Undatable mentions
// (no interval and no DCT) that join no event are dropped too.
//
// # Multi-day happenings
//
// Exercises, visits and summits last several days, and the news reports
// them at different moments: "Freedom Shield training began on March
// 10", then, ten days later, "the U.S. and South Korean militaries
// concluded their annual training" (titled "... hold Freedom Shield
// exercise"). Rule 4 keeps such mentions apart, as their days differ.
// With Options.Spans, a pass after the two above merges two events into
// one when all of the following hold:
//
//  1. They are in the same bucket (rules 1 and 2) and share a type that
//     lasts: military_exercise, visit or meeting (maxSpan in span.go).
//  2. Each is dated to a day by its own expression (never by the
//     publication date), and the range covering both is at most the
//     type's longest (31 days for these three).
//  3. Their agents do not conflict (rule 3; naming none is fine).
//  4. They share a name: the run of capitalized words just before the
//     trigger of a mention of one ("this year's Freedom Shield training";
//     not the sentence's first word, not a possessive as in "Shoigu's
//     visit") occurs as whole words in the title or the name of a
//     mention of the other. The name must have two words or more, or be
//     an acronym ("RIMPAC"): a single capitalized word before an event
//     noun is too often a place ("their Beijing meeting"). A name made
//     only of words of the events' actor and place ids ("Vladimir Putin
//     visited", "the Kuala Lumpur visit") is no name.
//
// So Shoigu's visits of 2023, September 2024 and 21 March 2025 stay three
// events, and so do two visits by the same agent on different days with
// no shared name. Events are visited by start date; each joins the
// earliest event that takes it. The merged event is dated by the covering
// range: its value is the first day's expression, start and end the
// range, granularity RangeGranularity ("range") when they differ.
//
// # Speed
//
// Events are found through an index (index.go) rather than by comparing
// each mention with every event of its bucket: by calendar cell of their
// date interval and by agent and counterpart. It only narrows the search,
// so the result is the one a scan gives (TestIndexMatchesScan).
//
// # The merged event
//
// The event keeps every source (document, sentence, quote offsets, quote,
// trigger, reporter), one per sentence; the union of the participants, each
// actor with the role most sources give it; the most precise date its
// explicit or relative sources support (and that source's basis); the type
// most sources give and the title of the richest mention of that type; the
// strongest factuality (asserted over reported); one quantity per unit and
// one location. Disagreements are not dropped but recorded in Conflicts:
// "quantity troops: 10000-12000 (a) vs 12000 (b)", "location:
// place:pyongyang (a) vs place:moscow (b)". Its confidence combines the
// mentions' confidences (noisy-or over documents).
//
// Event ids are stable: "ev-" + the date value + "-" + type + "-" + a short
// hash of the first source, so the same input always gives the same ids.
package merge

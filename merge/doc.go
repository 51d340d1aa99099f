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
//     It never makes an event's date more precise.
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

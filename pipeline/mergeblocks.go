package pipeline

import (
	"cmp"
	"slices"

	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/merge"
	"github.com/chronograph-news/chronograph/timeline"
)

// blockSet is mentions grouped by merge block (merge.Block), each block's
// mentions in the order they were added.
type blockSet struct {
	blocks map[string][]event.Mention
	// of memoizes merge.Block by event type (the block depends on the
	// type alone).
	of map[event.Type]string
}

// groupBlocks groups the mentions of lists that take (all when take is
// nil) by merge block, in the order of lists, each block's slice made at
// its size: memory holds the mentions once more while they are copied, as
// one slice of them would. done(i), when not nil, is called once lists[i]
// is copied, so that it can be let go.
func groupBlocks(lists [][]event.Mention, take func(*event.Mention) bool, done func(i int)) *blockSet {
	s := &blockSet{blocks: map[string][]event.Mention{}, of: map[event.Type]string{}}
	sizes := map[string]int{}
	for _, ms := range lists {
		for i := range ms {
			if take == nil || take(&ms[i]) {
				sizes[s.block(&ms[i])]++
			}
		}
	}
	for k, n := range sizes {
		s.blocks[k] = make([]event.Mention, 0, n)
	}
	for i, ms := range lists {
		for j := range ms {
			if take == nil || take(&ms[j]) {
				k := s.block(&ms[j])
				s.blocks[k] = append(s.blocks[k], ms[j])
			}
		}
		if done != nil {
			done(i)
		}
	}
	return s
}

// block returns merge.Block(m).
func (s *blockSet) block(m *event.Mention) string {
	k, ok := s.of[m.Type]
	if !ok {
		k = merge.Block(m)
		s.of[m.Type] = k
	}
	return k
}

// merge merges each block alone (s is left empty), up to workers blocks at once, the
// largest first, and returns the events sorted as merge.Merge sorts
// them. No step of the merge reaches across blocks (see merge.Block), so
// the events are those merge.Merge gives for all the mentions at once:
// the final merge, the build's one long step done by one goroutine,
// shares the cores.
func (s *blockSet) merge(opt merge.Options, workers int) []timeline.Event {
	keys := make([]string, 0, len(s.blocks))
	for k := range s.blocks {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(s.blocks[b]), len(s.blocks[a])), cmp.Compare(a, b))
	})
	lists := make([][]event.Mention, len(keys))
	for i, k := range keys {
		lists[i] = s.blocks[k]
	}
	clear(s.blocks)
	out := make([][]timeline.Event, len(keys))
	parallel(len(keys), workers, func(i int) {
		out[i] = merge.Merge(lists[i], opt)
		lists[i] = nil // each block is let go once merged
	})
	n := 0
	for _, es := range out {
		n += len(es)
	}
	events := make([]timeline.Event, 0, n)
	for _, es := range out {
		events = append(events, es...)
	}
	merge.SortEvents(events)
	return events
}

// size returns how many mentions s holds (none when s is nil).
func (s *blockSet) size() int {
	if s == nil {
		return 0
	}
	n := 0
	for _, ms := range s.blocks {
		n += len(ms)
	}
	return n
}

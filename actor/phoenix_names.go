package actor

// EachName calls f with every name and alias of the dictionary's actors
// and the actor's kind, in the dictionary's order (sorted by id), so that
// other stages (the name finder's gazetteer) can learn the names it knows.
func (p *Phoenix) EachName(f func(name string, kind Kind)) {
	for i := range p.actors {
		a := &p.actors[i]
		f(a.Name, Kind(a.Kind))
		for _, n := range a.Aliases {
			f(n, Kind(a.Kind))
		}
	}
}

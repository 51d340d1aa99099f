package actor

import "testing"

// TestOtherGivenName: a known person's one-word surname after an unknown
// given name is another person of that surname ("Sergei Medvedev" is not
// Dmitry Medvedev); the person's own given names still name them.
func TestOtherGivenName(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"Gas company deputy head Sergei Medvedev said talks would go on.", "Sergei Medvedev", "person:sergei-medvedev"},
		{"Dmitri Medvedev said talks would go on.", "Dmitri Medvedev", "person:dmitry-medvedev"},
		{"President Medvedev said talks would go on.", "Medvedev", "person:dmitry-medvedev"},
	})
}

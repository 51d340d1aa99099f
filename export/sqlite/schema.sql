-- The tables of chronograph.sqlite (package export/sqlite). Every table is
-- STRICT; dates are ISO 8601 text (YYYY-MM-DD), SQLite's date format, so
-- date() and comparisons work on them; an interval is its start and end.
-- PRAGMA user_version holds the schema version (sqlite.SchemaVersion).

CREATE TABLE documents (
	id         TEXT PRIMARY KEY,
	path       TEXT NOT NULL,
	title      TEXT,
	url        TEXT,
	source     TEXT,
	dct        TEXT CHECK (dct IS NULL OR date(dct) = dct),
	dct_origin TEXT NOT NULL,
	dct_reason TEXT
) STRICT;

CREATE TABLE actors (
	id          TEXT PRIMARY KEY,
	name        TEXT NOT NULL,
	kind        TEXT NOT NULL,
	affiliation TEXT REFERENCES actors (id)
) STRICT;

CREATE TABLE aliases (
	actor TEXT NOT NULL REFERENCES actors (id),
	alias TEXT NOT NULL,
	PRIMARY KEY (actor, alias)
) STRICT;

CREATE TABLE actor_roles (
	actor TEXT NOT NULL REFERENCES actors (id),
	seq   INTEGER NOT NULL,
	role  TEXT NOT NULL,
	PRIMARY KEY (actor, seq)
) STRICT;

CREATE TABLE events (
	id          TEXT PRIMARY KEY,
	seq         INTEGER NOT NULL UNIQUE, -- the timeline's order
	type        TEXT NOT NULL,
	cameo       TEXT,
	title       TEXT NOT NULL,
	date_value  TEXT NOT NULL,           -- TIMEX3 value: 2024-06, 2024-FA, 2025-03-21
	date_start  TEXT CHECK (date_start IS NULL OR date(date_start) = date_start),
	date_end    TEXT CHECK (date_end IS NULL OR date(date_end) = date_end),
	granularity TEXT NOT NULL,
	basis       TEXT NOT NULL,
	mod         TEXT,
	location    TEXT REFERENCES actors (id),
	factuality  TEXT NOT NULL,
	confidence  REAL NOT NULL
) STRICT;

CREATE TABLE event_codes (
	event TEXT NOT NULL REFERENCES events (id),
	seq   INTEGER NOT NULL,
	code  TEXT NOT NULL,
	PRIMARY KEY (event, seq)
) STRICT;

CREATE TABLE quantities (
	event       TEXT NOT NULL REFERENCES events (id),
	seq         INTEGER NOT NULL,
	min         REAL NOT NULL,
	max         REAL NOT NULL,
	unit        TEXT NOT NULL,
	approximate INTEGER NOT NULL CHECK (approximate IN (0, 1)),
	text        TEXT NOT NULL,
	PRIMARY KEY (event, seq)
) STRICT;

CREATE TABLE conflicts (
	event TEXT NOT NULL REFERENCES events (id),
	seq   INTEGER NOT NULL,
	text  TEXT NOT NULL,
	PRIMARY KEY (event, seq)
) STRICT;

CREATE TABLE participants (
	event TEXT NOT NULL REFERENCES events (id),
	actor TEXT NOT NULL REFERENCES actors (id),
	role  TEXT NOT NULL,
	PRIMARY KEY (event, actor, role)
) STRICT;

CREATE TABLE sources (
	event    TEXT NOT NULL REFERENCES events (id),
	seq      INTEGER NOT NULL,
	document TEXT NOT NULL REFERENCES documents (id),
	sentence INTEGER NOT NULL,
	start    INTEGER NOT NULL, -- byte offsets of the quote in the document text
	end      INTEGER NOT NULL,
	quote    TEXT NOT NULL,
	trigger  TEXT NOT NULL,
	reporter TEXT REFERENCES actors (id),
	PRIMARY KEY (event, seq)
) STRICT;

CREATE INDEX actors_affiliation ON actors (affiliation);
CREATE INDEX aliases_alias ON aliases (alias COLLATE NOCASE);
CREATE INDEX events_date ON events (date_start, date_end);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_location ON events (location);
CREATE INDEX participants_actor ON participants (actor);
CREATE INDEX sources_document ON sources (document);
CREATE INDEX sources_reporter ON sources (reporter);

-- One row per event and participant, with the actor's name and kind and
-- the event's dates: what most questions start from ("every meeting Kim
-- Jong Un took part in, by date").
CREATE VIEW event_actors AS
SELECT e.id AS event, e.seq, e.type, e.cameo, e.title,
       e.date_value, e.date_start, e.date_end, e.granularity,
       p.role, a.id AS actor, a.name AS actor_name, a.kind AS actor_kind
FROM events e
JOIN participants p ON p.event = e.id
JOIN actors a ON a.id = p.actor;

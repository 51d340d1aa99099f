// chronograph: the timeline's actor–event graph for Neo4j.
//
// Offline, into an empty database (Neo4j 5):
//   neo4j-admin database import full --nodes=actors.csv --nodes=events.csv --nodes=documents.csv --relationships=participants.csv --relationships=affiliations.csv --relationships=sources.csv --multiline-fields=true --array-delimiter=";" neo4j
// Online: copy the CSV files into the server's import folder, then
//   cypher-shell -f load.cypher
// Array columns (aliases, roles, quantities, conflicts) and :LABEL hold
// ";"-separated values; dates are YYYY-MM-DD.

CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///actors.csv' AS row
MERGE (a:Actor {id: row.`id:ID(Actor)`})
SET a.name = row.`name`, a.kind = row.`kind`,
    a.aliases = split(row.`aliases:string[]`, ';'), a.roles = split(row.`roles:string[]`, ';')
FOREACH (_ IN CASE WHEN 'Country' IN split(row.`:LABEL`, ';') THEN [1] ELSE [] END | SET a:Country)
FOREACH (_ IN CASE WHEN 'Organization' IN split(row.`:LABEL`, ';') THEN [1] ELSE [] END | SET a:Organization)
FOREACH (_ IN CASE WHEN 'Person' IN split(row.`:LABEL`, ';') THEN [1] ELSE [] END | SET a:Person)
FOREACH (_ IN CASE WHEN 'Place' IN split(row.`:LABEL`, ';') THEN [1] ELSE [] END | SET a:Place)
;

LOAD CSV WITH HEADERS FROM 'file:///events.csv' AS row
WITH row WHERE 'Event' IN split(row.`:LABEL`, ';')
MERGE (e:Event {id: row.`id:ID(Event)`})
SET e.type = row.`type`, e.cameo = row.`cameo`, e.title = row.`title`, e.value = row.`value`,
    e.start = date(row.`start:date`), e.end = date(row.`end:date`),
    e.granularity = row.`granularity`, e.basis = row.`basis`, e.mod = row.`mod`, e.location = row.`location`,
    e.factuality = row.`factuality`, e.confidence = toFloat(row.`confidence:float`),
    e.quantities = split(row.`quantities:string[]`, ';'), e.conflicts = split(row.`conflicts:string[]`, ';');

LOAD CSV WITH HEADERS FROM 'file:///documents.csv' AS row
WITH row WHERE 'Document' IN split(row.`:LABEL`, ';')
MERGE (d:Document {id: row.`id:ID(Document)`})
SET d.path = row.`path`, d.title = row.`title`, d.url = row.`url`, d.source = row.`source`,
    d.dct = date(row.`dct:date`), d.dct_origin = row.`dct_origin`;

LOAD CSV WITH HEADERS FROM 'file:///participants.csv' AS row
WITH row WHERE row.`:TYPE` = 'PARTICIPATED_IN'
MATCH (a:Actor {id: row.`:START_ID(Actor)`})
MATCH (e:Event {id: row.`:END_ID(Event)`})
MERGE (a)-[:PARTICIPATED_IN {role: row.`role`}]->(e);

LOAD CSV WITH HEADERS FROM 'file:///affiliations.csv' AS row
WITH row WHERE row.`:TYPE` = 'AFFILIATED_WITH'
MATCH (a:Actor {id: row.`:START_ID(Actor)`})
MATCH (b:Actor {id: row.`:END_ID(Actor)`})
MERGE (a)-[:AFFILIATED_WITH]->(b);

LOAD CSV WITH HEADERS FROM 'file:///sources.csv' AS row
WITH row WHERE row.`:TYPE` = 'SOURCED_FROM'
MATCH (e:Event {id: row.`:START_ID(Event)`})
MATCH (d:Document {id: row.`:END_ID(Document)`})
MERGE (e)-[r:SOURCED_FROM {sentence: toInteger(row.`sentence:int`), start: toInteger(row.`start:int`), end: toInteger(row.`end:int`)}]->(d)
SET r.quote = row.`quote`, r.trigger = row.`trigger`, r.reporter = row.`reporter`;

// Confluent's official JavaScript Schema Registry client against our embedded registry.
// Run by JavaScriptClientCompatibilityIT:
//   node compat.js <registry-url> <incident-base64> <alert-base64>
// The first two arguments are Confluent wire-format bytes written by the engine's AvroSerde on
// topics "incidents" and "escalation-alerts". Prints one JSON object on stdout.
'use strict';

const {
  SchemaRegistryClient, SerdeType, AvroSerializer, AvroDeserializer,
} = require('@confluentinc/schemaregistry');

// A JavaScript producer's own, smaller view of Incident (an older version of the schema).
const jsIncidentSchema = {
  type: 'record', name: 'Incident', namespace: 'dev.escalation.records',
  fields: [
    { name: 'id', type: 'string' },
    { name: 'eventType', type: { type: 'enum', name: 'EventType', default: 'OTHER',
      symbols: ['AIR_STRIKE', 'DRONE_ATTACK', 'MISSILE_ATTACK', 'ROCKET_ATTACK', 'SHELLING', 'BOMBING',
        'ARMED_CLASH', 'NAVAL_ATTACK', 'INTERCEPTION', 'THREAT', 'OTHER'] } },
    { name: 'eventDate', type: { type: 'int', logicalType: 'date' } },
    { name: 'countryCode', type: 'string' },
    { name: 'actorSide', type: ['null', 'string'], default: null },
    { name: 'targetSide', type: ['null', 'string'], default: null },
    { name: 'fatalities', type: ['null', 'int'], default: null },
    { name: 'isRetaliation', type: 'boolean', default: false },
  ],
};

// Not BACKWARD-compatible with the above: a new field without a default.
const incompatibleSchema = {
  ...jsIncidentSchema,
  fields: [...jsIncidentSchema.fields, { name: 'severity', type: 'int' }],
};

const avro = (schema) => ({ schemaType: 'AVRO', schema: JSON.stringify(schema) });

async function main() {
  const [url, incidentBase64, alertBase64] = process.argv.slice(2);
  const client = new SchemaRegistryClient({ baseURLs: [url], maxRetries: 0 });

  // (a) Decode what the engine wrote. The default subject name strategy first asks the registry
  // for topic associations (a 404 here), then falls back to <topic>-value.
  const deserializer = new AvroDeserializer(client, SerdeType.VALUE, {});
  const incident = await deserializer.deserialize('incidents', Buffer.from(incidentBase64, 'base64'));
  const alert = await deserializer.deserialize('escalation-alerts', Buffer.from(alertBase64, 'base64'));

  // (b) Register a schema and write a record with it.
  const subject = 'js-incidents-value';
  const registeredId = await client.register(subject, avro(jsIncidentSchema));
  const serializer = new AvroSerializer(client, SerdeType.VALUE, { useLatestVersion: true });
  const written = await serializer.serialize('js-incidents', {
    id: 'js-drone-2024-01-28',
    eventType: 'DRONE_ATTACK',
    eventDate: 19750, // 2024-01-28
    countryCode: 'JO',
    actorSide: 'IRAN_AXIS',
    targetSide: 'US',
    fatalities: 3,
    isRetaliation: false,
  });

  // A fresh client, so that nothing comes from the first one's caches.
  const fresh = new SchemaRegistryClient({ baseURLs: [url], maxRetries: 0 });
  const result = {
    incident,
    alert,
    registeredId,
    registeredAgainId: await fresh.register(subject, avro(jsIncidentSchema)),
    lookedUpId: await fresh.getId(subject, avro(jsIncidentSchema)),
    latest: await fresh.getLatestSchemaMetadata(subject),
    versions: await fresh.getAllVersions(subject),
    subjects: await fresh.getAllSubjects(),
    compatibleWithItself: await fresh.testSubjectCompatibility(subject, avro(jsIncidentSchema)),
    compatibleWithRequiredField: await fresh.testSubjectCompatibility(subject, avro(incompatibleSchema)),
    registerIncompatible: await fresh.register(subject, avro(incompatibleSchema))
      .then((id) => ({ id }), (e) => ({ status: e.status, errorCode: e.errorCode })),
    defaultCompatibility: await fresh.getDefaultCompatibility(),
    written: written.toString('base64'),
  };
  process.stdout.write(JSON.stringify(result));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

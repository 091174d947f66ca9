package dev.escalation.testing;

import dev.escalation.records.EventType;
import dev.escalation.records.Incident;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic history for replay tests, from a seed: attacks in several dyads across several
 * countries with retaliations and tit-for-tat cycles (a dyad's next attack often reverses its last
 * one), threats, incidents with no sides, quiet spells that let levels cool down, exact duplicates,
 * and records delivered late but within the grace period. Ends with an inert record per country
 * well after the rest, so that every region, whatever task holds it, sees event time pass every
 * cool-down.
 */
public final class GeneratedIncidents {

    /** Side pairs and the countries their incidents happen in. */
    private static final List<List<String>> DYADS = List.of(
            List.of("IRAN_AXIS", "US", "IQ", "SY", "JO"),
            List.of("IRAN_AXIS", "ISRAEL", "LB", "SY", "IL"),
            List.of("HOUTHIS", "US", "YE"));
    private static final List<String> COUNTRIES = List.of("IQ", "SY", "JO", "LB", "IL", "YE");
    private static final List<EventType> ATTACKS = List.of(EventType.AIR_STRIKE, EventType.DRONE_ATTACK,
            EventType.ROCKET_ATTACK, EventType.MISSILE_ATTACK, EventType.SHELLING, EventType.ARMED_CLASH);
    /** Latest delivery delay: below the default grace period (1 day), so nothing is late. */
    private static final Duration MAX_DELAY = Duration.ofHours(18);

    private GeneratedIncidents() {}

    /** {@code count} incidents and their duplicates, in the order they are delivered. */
    public static List<Incident> generate(long seed, int count) {
        Random random = new Random(seed);
        Instant time = LocalDate.parse("2024-01-01").atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<Integer, Boolean> reversed = new HashMap<>();
        List<Delivery> deliveries = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            time = time.plus(Duration.ofMinutes(random.nextInt(12 * 60)));
            if (random.nextInt(60) == 0) {
                time = time.plus(Duration.ofDays(6 + random.nextInt(6))); // a quiet spell
            }
            Incident incident = incident(random, "g" + n, time, reversed);
            Instant delivered = random.nextInt(5) == 0 ? time.plusSeconds(random.nextInt((int) MAX_DELAY.toSeconds())) : time;
            deliveries.add(new Delivery(delivered, deliveries.size(), incident));
            if (random.nextInt(20) == 0) {
                deliveries.add(new Delivery(time.plusSeconds(random.nextInt((int) MAX_DELAY.toSeconds())), deliveries.size(), incident));
            }
        }
        Instant end = time.plus(Duration.ofDays(40));
        for (String country : COUNTRIES) {
            deliveries.add(new Delivery(end, deliveries.size(), Incident.newBuilder().setId("end-" + country)
                    .setEventType(EventType.OTHER).setEventTime(end).setEventDate(LocalDate.ofInstant(end, ZoneOffset.UTC))
                    .setCountryCode(country).build()));
        }
        deliveries.sort(Comparator.comparing(Delivery::at).thenComparing(Delivery::sequence));
        return deliveries.stream().map(Delivery::incident).toList();
    }

    private static Incident incident(Random random, String id, Instant time, Map<Integer, Boolean> reversed) {
        int kind = random.nextInt(100);
        int dyad = random.nextInt(DYADS.size());
        List<String> sides = DYADS.get(dyad);
        String country = sides.get(2 + random.nextInt(sides.size() - 2));
        Incident.Builder b = Incident.newBuilder().setId(id).setEventTime(time)
                .setEventDate(LocalDate.ofInstant(time, ZoneOffset.UTC)).setCountryCode(country);
        if (kind < 12) {
            return b.setEventType(EventType.ARMED_CLASH).setCountryCode(COUNTRIES.get(random.nextInt(COUNTRIES.size()))).build();
        }
        // Most attacks answer the dyad's last one: retaliations, and runs of them, cycles.
        boolean reverse = reversed.getOrDefault(dyad, false) ^ (random.nextInt(4) != 0);
        reversed.put(dyad, reverse);
        b.setActorSide(sides.get(reverse ? 1 : 0)).setTargetSide(sides.get(reverse ? 0 : 1));
        if (kind < 24) {
            return b.setEventType(EventType.THREAT).build();
        }
        int fatalities = random.nextInt(30) == 0 ? 40 + random.nextInt(80) : random.nextInt(4);
        return b.setEventType(ATTACKS.get(random.nextInt(ATTACKS.size()))).setFatalities(fatalities)
                .setIsRetaliation(random.nextInt(10) == 0).build();
    }

    private record Delivery(Instant at, int sequence, Incident incident) {}
}

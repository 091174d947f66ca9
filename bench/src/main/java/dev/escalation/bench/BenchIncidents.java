package dev.escalation.bench;

import dev.escalation.records.EventType;
import dev.escalation.records.Feed;
import dev.escalation.records.Incident;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.Random;

/**
 * The incidents of every engine benchmark: a busy feed's year over 50 regions (countries), about
 * {@value #YEAR} incidents, the same for a given seed. Each region alternates quiet spells (an
 * incident now and then) with episodes of fighting in two or three local dyads, so levels rise and
 * fall; a few dyads (US/IRAN_AXIS, ISRAEL/IRAN_AXIS, ...) fight across borders, so retaliation
 * spreads. An attack is often answered by the other side of its dyad (retaliation links, cycles),
 * now and then explicitly by id; 40% of incidents have a date only, the rest a time of day; about
 * one attack in five reports deaths. Incidents come in event-time order, day by day, as a replayed
 * feed does; asked for fewer than a year's, the stream stops early at the same density.
 */
public final class BenchIncidents implements Iterator<Incident> {

    /** About how many incidents the year holds. */
    public static final int YEAR = 1_000_000;
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

    /** Countries with conflict; the first ten are the busiest. */
    private static final List<String> COUNTRIES = List.of(
            "UA", "SY", "SD", "MM", "IQ", "YE", "CD", "SO", "ML", "BF",
            "NG", "AF", "PK", "ET", "IL", "LB", "PS", "LY", "CF", "SS",
            "NE", "TD", "CM", "MZ", "CO", "MX", "HT", "RU", "TR", "IR",
            "JO", "EG", "IN", "PH", "BD", "KE", "TN", "DZ", "VE", "EC",
            "BR", "TH", "AZ", "AM", "GE", "ER", "BI", "UG", "SA", "LK");
    /** Dyads that fight across borders: the two sides, then the countries they fight in. */
    private static final List<List<String>> CROSS_BORDER = List.of(
            List.of("IRAN_AXIS", "US", "IQ", "SY", "JO"),
            List.of("IRAN_AXIS", "ISRAEL", "IL", "LB", "SY", "IR"),
            List.of("RUSSIA", "UKRAINE", "UA", "RU"),
            List.of("PKK", "TURKEY", "TR", "IQ", "SY"));
    private static final EventType[] ATTACKS = {EventType.AIR_STRIKE, EventType.DRONE_ATTACK, EventType.MISSILE_ATTACK,
            EventType.ROCKET_ATTACK, EventType.SHELLING, EventType.SHELLING, EventType.BOMBING, EventType.ARMED_CLASH,
            EventType.ARMED_CLASH, EventType.ARMED_CLASH, EventType.NAVAL_ATTACK};
    /** Incidents a day in a quiet spell, and in an episode per unit of a region's weight: about {@value #YEAR} a year. */
    private static final double QUIET_RATE = 0.15;
    private static final double EPISODE_RATE = 133;

    private final Random random;
    private final long count;
    private final List<Region> regions = new ArrayList<>();
    /** Per dyad ("A/B"), the side that attacked last and that attack's id. */
    private final Map<String, String[]> lastAttack = new HashMap<>();
    private final Queue<Incident> day = new ArrayDeque<>();
    private LocalDate date = FIRST_DAY.minusDays(1);
    private long made;

    /** The first {@code count} incidents of the stream of seed 42. */
    public BenchIncidents(long count) {
        this(count, 42);
    }

    public BenchIncidents(long count, long seed) {
        this.count = count;
        this.random = new Random(seed);
        for (int i = 0; i < COUNTRIES.size(); i++) {
            String country = COUNTRIES.get(i);
            List<String[]> local = new ArrayList<>();
            local.add(new String[] {"GOV_" + country, "REBELS_" + country});
            local.add(new String[] {"GOV_" + country, "MILITIA_" + country});
            if (i % 2 == 0) {
                local.add(new String[] {"MILITIA_" + country, "REBELS_" + country});
            }
            List<String[]> crossBorder = new ArrayList<>();
            for (List<String> cross : CROSS_BORDER) {
                if (cross.subList(2, cross.size()).contains(country)) {
                    crossBorder.add(new String[] {cross.get(0), cross.get(1)});
                }
            }
            regions.add(new Region(country, i < 10 ? 2.0 : i < 30 ? 1.0 : 0.5, local, crossBorder, random));
        }
    }

    @Override
    public boolean hasNext() {
        return made < count;
    }

    @Override
    public Incident next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        while (day.isEmpty()) {
            nextDay();
        }
        made++;
        return day.remove();
    }

    /** One day of every region: when each incident happens (midnight for a date only), then the incidents in that order. */
    private void nextDay() {
        date = date.plusDays(1);
        List<long[]> slots = new ArrayList<>(); // {millis into the day, region index}
        for (int r = 0; r < regions.size(); r++) {
            Region region = regions.get(r);
            double x = region.rateToday(random) * (0.5 + random.nextDouble());
            int n = (int) x + (random.nextDouble() < x - (int) x ? 1 : 0);
            for (int k = 0; k < n; k++) {
                slots.add(new long[] {random.nextInt(10) < 4 ? 0 : 1 + random.nextInt(86_399_999), r});
            }
        }
        slots.sort(Comparator.comparingLong(s -> s[0]));
        long midnight = date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        for (long[] slot : slots) {
            day.add(incident(regions.get((int) slot[1]), slot[0] == 0 ? null : Instant.ofEpochMilli(midnight + slot[0])));
        }
    }

    private Incident incident(Region region, Instant time) {
        long n = made + day.size();
        String id = "i" + n;
        Incident.Builder b = Incident.newBuilder().setId(id).setEventDate(date).setEventTime(time)
                .setCountryCode(region.country)
                .setAdmin1(region.country + " province " + (1 + random.nextInt(12)))
                .setLocation("district " + random.nextInt(200))
                .setFeed(random.nextBoolean() ? Feed.ACLED : Feed.GDELT)
                .setSourceIds(List.of(String.valueOf(9_000_000_000L + n)))
                .setCorroboration(1 + random.nextInt(3))
                .setConfidence(0.6 + 0.4 * random.nextDouble());
        if (time != null) {
            b.setLatitude(-30 + random.nextDouble() * 70).setLongitude(-80 + random.nextDouble() * 200);
        }
        int kind = random.nextInt(100);
        if (kind < 12) { // unidentified attackers: no dyad
            return b.setEventType(ATTACKS[random.nextInt(ATTACKS.length)]).setActor("unidentified gunmen")
                    .setTargetSide(region.local.get(0)[0]).setFatalities(fatalities())
                    .setEvidence("Unidentified gunmen attacked a position in " + b.getLocation() + ".").build();
        }
        String[] dyad = region.dyad(random);
        String key = dyad[0] + "/" + dyad[1];
        String[] last = lastAttack.get(key);
        // Nearly half of the attacks answer the dyad's last one: retaliation links and tit-for-tat cycles.
        boolean answer = last != null && random.nextInt(100) < 45;
        String actor = answer ? other(dyad, last[0]) : last != null ? last[0] : dyad[random.nextInt(2)];
        String target = other(dyad, actor);
        b.setActor(actor.toLowerCase().replace('_', ' ') + " forces").setActorSide(actor)
                .setTarget(target.toLowerCase().replace('_', ' ')).setTargetSide(target);
        if (kind < 15) {
            return b.setEventType(EventType.THREAT)
                    .setEvidence(actor + " vowed to respond at a time and place of its choosing.").build();
        }
        if (kind < 17) {
            return b.setEventType(EventType.INTERCEPTION)
                    .setEvidence(target + " air defences intercepted projectiles over " + b.getLocation() + ".").build();
        }
        EventType type = ATTACKS[random.nextInt(ATTACKS.length)];
        if (answer && random.nextInt(100) < 15) {
            b.setIsRetaliation(true).setRetaliationFor(last[1]);
        }
        lastAttack.put(key, new String[] {actor, id});
        return b.setEventType(type).setFatalities(fatalities())
                .setEvidence(actor + " carried out a " + type.name().toLowerCase().replace('_', ' ') + " on " + target
                        + " positions in " + b.getLocation() + ", " + b.getAdmin1() + ".").build();
    }

    /** Null (not reported) for half, zero for three in ten, some deaths for one in five, rarely many. */
    private Integer fatalities() {
        int roll = random.nextInt(100);
        if (roll < 50) {
            return null;
        }
        if (roll < 80) {
            return 0;
        }
        return (1 + random.nextInt(5)) * (random.nextInt(50) == 0 ? 10 : 1);
    }

    private static String other(String[] dyad, String side) {
        return dyad[0].equals(side) ? dyad[1] : dyad[0];
    }

    /** A region's episodes: fighting for 5-30 days, then quiet for 10-40 days, starting anywhere in the cycle. */
    private static final class Region {
        final String country;
        final double weight;
        final List<String[]> local;
        final List<String[]> crossBorder;
        boolean fighting;
        int daysLeft;

        Region(String country, double weight, List<String[]> local, List<String[]> crossBorder, Random random) {
            this.country = country;
            this.weight = weight;
            this.local = local;
            this.crossBorder = crossBorder;
            this.fighting = random.nextInt(100) < 41;
            this.daysLeft = 1 + random.nextInt(spell(random));
        }

        double rateToday(Random random) {
            if (--daysLeft < 0) {
                fighting = !fighting;
                daysLeft = spell(random) - 1;
            }
            return fighting ? EPISODE_RATE * weight : QUIET_RATE;
        }

        private int spell(Random random) {
            return fighting ? 5 + random.nextInt(26) : 10 + random.nextInt(31);
        }

        /** Mostly a local dyad; a cross-border one, where the region has any, one time in ten. */
        String[] dyad(Random random) {
            if (!crossBorder.isEmpty() && random.nextInt(10) == 0) {
                return crossBorder.get(random.nextInt(crossBorder.size()));
            }
            return local.get(random.nextInt(local.size()));
        }
    }
}

package dev.escalation.watch;

import java.util.List;

/** Where the page and the API learn every region's level now. */
public interface RegionSource {

    /** Every region the engine holds, in region order. */
    List<RegionLevel> regions();

    /** Null when the regions can be answered now, else why not (for {@code /health/ready}). */
    String notReadyReason();
}

package dev.storybrief.spark.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap still in use right after any garbage collection: the live data a run needs, unlike the plain peak,
 * which counts garbage and grows with whatever {@code -Xmx} allows.
 */
final class LiveHeap {
    private final AtomicLong peak = new AtomicLong();

    private LiveHeap() {
    }

    /** Starts watching every collector of this JVM. */
    static LiveHeap watch() {
        LiveHeap live = new LiveHeap();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info =
                                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(e -> isHeap(e.getKey())).map(java.util.Map.Entry::getValue)
                                .mapToLong(MemoryUsage::getUsed).sum();
                        live.peak.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
        return live;
    }

    /** The peak so far, in bytes. */
    long peakBytes() {
        return peak.get();
    }

    private static boolean isHeap(String pool) {
        return pool.contains("Eden") || pool.contains("Survivor") || pool.contains("Old") || pool.contains("Tenured");
    }
}

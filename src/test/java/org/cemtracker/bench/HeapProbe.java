package org.cemtracker.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.MBeanServerConnection;
import javax.management.Notification;
import javax.management.NotificationListener;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The app's heap read over JMX on the loopback while one request runs: after a full collection and
 * a reset of every heap pool's peak, the sum of the pools' peaks during the request (what JMX calls
 * peak usage: it counts garbage not yet collected too) and the largest heap left after any
 * collection during it (what the request held alive at once, when a collection happened).
 */
final class HeapProbe implements AutoCloseable {

  /** One request: wall time, and the heap as above, in bytes (retained 0: no collection ran). */
  record Measured(double millis, long peak, long retained, long atRest) {}

  private final JMXConnector connector;
  private final MBeanServerConnection server;
  private final MemoryMXBean memory;
  private final List<MemoryPoolMXBean> pools;
  private final Set<String> heapPools;
  private final List<ObjectName> collectors;
  private final OperatingSystemMXBean os;

  private HeapProbe(int port) throws Exception {
    connector =
        JMXConnectorFactory.connect(
            new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + port + "/jmxrmi"));
    server = connector.getMBeanServerConnection();
    memory =
        ManagementFactory.newPlatformMXBeanProxy(
            server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
    pools =
        ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class).stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    os =
        ManagementFactory.newPlatformMXBeanProxy(
            server, ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME, OperatingSystemMXBean.class);
    heapPools = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    collectors =
        List.copyOf(
            server.queryNames(
                new ObjectName(ManagementFactory.GARBAGE_COLLECTOR_MXBEAN_DOMAIN_TYPE + ",*"),
                null));
  }

  /** The app process's CPU time so far, all threads. */
  long cpuNanos() {
    return os.getProcessCpuTime();
  }

  static HeapProbe connect(int port) throws Exception {
    return new HeapProbe(port);
  }

  Measured measure(Callable<?> request) throws Exception {
    memory.gc();
    long atRest = memory.getHeapMemoryUsage().getUsed();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    AtomicLong retained = new AtomicLong();
    NotificationListener listener = (n, handback) -> retained.accumulateAndGet(after(n), Math::max);
    for (ObjectName collector : collectors) {
      server.addNotificationListener(collector, listener, null, null);
    }
    long start = System.nanoTime();
    request.call();
    double millis = (System.nanoTime() - start) / 1e6;
    long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    Thread.sleep(300); // notifications arrive after the collection they tell of
    for (ObjectName collector : collectors) {
      server.removeNotificationListener(collector, listener);
    }
    return new Measured(millis, peak, retained.get(), atRest);
  }

  private long after(Notification notification) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return 0;
    }
    Map<String, MemoryUsage> after =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
            .getGcInfo()
            .getMemoryUsageAfterGc();
    return after.entrySet().stream()
        .filter(e -> heapPools.contains(e.getKey()))
        .mapToLong(e -> e.getValue().getUsed())
        .sum();
  }

  @Override
  public void close() {
    try {
      connector.close();
    } catch (IOException gone) {
      // the app has stopped: its end of the connection went with it
    }
  }
}

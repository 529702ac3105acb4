package org.cemtracker.base.grid;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * What the nodes of a cluster share through Payara's data grid (Hazelcast, under JNDI {@code
 * payara/Hazelcast}): small maps whose entries expire, and messages to every node. The grid carries
 * only what must hold across nodes and may be lost with the cluster — the login throttle's failure
 * counts and the "forget this user's credentials" message; everything that must last is in the
 * database. Without a grid (Payara started without one) the maps are this node's own and the
 * messages reach only it.
 */
@ApplicationScoped
public class DataGrid {

  private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

  private HazelcastInstance grid;

  @PostConstruct
  void connect() {
    try {
      grid = (HazelcastInstance) new InitialContext().lookup("payara/Hazelcast");
    } catch (NamingException | ClassCastException e) {
      LOG.log(Level.FINE, "no data grid", e);
      grid = null;
    }
  }

  /** Logs at start which grid this node joined, and how many nodes it has. */
  void started(@Observes @Initialized(ApplicationScoped.class) Object event) {
    LOG.info(describe());
  }

  /** One line for the log: the grid's name and size, or that there is none. */
  public String describe() {
    if (grid == null) {
      return "Data grid: none (this node keeps the login throttle to itself)";
    }
    if (!joinsOthers()) {
      return "Data grid: clustering off, this node alone (CEM_CLUSTER_NAME with deploy/cem-node"
          + " joins a cluster)";
    }
    return "Data grid: cluster '"
        + grid.getConfig().getClusterName()
        + "', "
        + grid.getCluster().getMembers().size()
        + " member(s), this node "
        + grid.getCluster().getLocalMember().getAddress();
  }

  /** Whether the grid looks for other nodes at all (Payara's "no cluster" turns every way off). */
  private boolean joinsOthers() {
    JoinConfig join = grid.getConfig().getNetworkConfig().getJoin();
    return !Boolean.getBoolean("payaramicro.noCluster")
        && (join.getMulticastConfig().isEnabled()
            || join.getTcpIpConfig().isEnabled()
            || join.getKubernetesConfig().isEnabled()
            || join.getDiscoveryConfig().isEnabled()
            || join.isAutoDetectionEnabled());
  }

  /** A map shared by the nodes, its entries gone {@code timeToLive} after their last change. */
  public ConcurrentMap<String, String> map(String name, Duration timeToLive) {
    if (grid == null) {
      return Caffeine.newBuilder()
          .expireAfterWrite(timeToLive)
          .maximumSize(100_000)
          .<String, String>build()
          .asMap();
    }
    grid.getConfig()
        .addMapConfig(
            new MapConfig("cem-" + name).setTimeToLiveSeconds((int) timeToLive.toSeconds()));
    return grid.getMap("cem-" + name);
  }

  /**
   * A topic: what is published reaches the listener on every node, this one's included (at once
   * without a grid). Close it when the listener goes.
   */
  public Topic topic(String name, Consumer<String> listener) {
    if (grid == null) {
      return new Topic(listener, () -> {});
    }
    ITopic<String> messages = grid.getTopic("cem-" + name);
    UUID registration = messages.addMessageListener(m -> listener.accept(m.getMessageObject()));
    return new Topic(messages::publish, () -> messages.removeMessageListener(registration));
  }

  /** Where a node publishes to a topic. */
  public static final class Topic implements AutoCloseable {
    private final Consumer<String> publish;
    private final Runnable close;

    Topic(Consumer<String> publish, Runnable close) {
      this.publish = publish;
      this.close = close;
    }

    public void publish(String message) {
      publish.accept(message);
    }

    @Override
    public void close() {
      close.run();
    }
  }
}

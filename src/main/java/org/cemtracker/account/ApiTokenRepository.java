package org.cemtracker.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ApiTokenRepository {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  public Optional<ApiToken> findByDigest(String digest) {
    return em.createQuery("select t from ApiToken t where t.tokenDigest = :d", ApiToken.class)
        .setParameter("d", digest)
        .getResultStream()
        .findFirst();
  }

  public List<ApiToken> findByUser(String userId) {
    return em.createQuery(
            "select t from ApiToken t where t.userId = :u order by t.createdAt", ApiToken.class)
        .setParameter("u", userId)
        .getResultList();
  }

  public Optional<ApiToken> findOfUser(String userId, String tokenId) {
    return Optional.ofNullable(em.find(ApiToken.class, tokenId))
        .filter(t -> t.userId().equals(userId));
  }

  public ApiToken store(ApiToken token) {
    em.persist(token);
    return token;
  }

  public void remove(ApiToken token) {
    em.remove(token);
  }
}

package org.storyline.app.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.core.claim.Attribution;
import org.storyline.core.claim.Claim;
import org.storyline.core.entity.Entity;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.stage.EntityResolution;
import org.storyline.core.text.Span;

/**
 * Points the actor, place and attribution references of claims at resolved entities: a reference
 * whose span is a mention span takes that mention's entity; otherwise the mention lying inside the
 * reference's span (the head name of a longer phrase) does. The name becomes the entity's
 * canonical name; references that match no entity keep their written name and a null entity.
 */
final class ClaimLinker {
  private final EntityResolution resolution;
  private final Map<String, Entity> byId = new HashMap<>();

  ClaimLinker(EntityResolution resolution) {
    this.resolution = resolution;
    for (Entity e : resolution.entities()) {
      byId.put(e.id(), e);
    }
  }

  List<Claim> link(List<Claim> claims) {
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      List<EntityRef> actors = new ArrayList<>();
      for (EntityRef r : c.actors()) {
        actors.add(link(c.document(), r));
      }
      Attribution a = c.attribution();
      Attribution linked = a == null ? null
          : new Attribution(link(c.document(), a.speaker()), link(c.document(), a.cited()), a.cue());
      out.add(c.withRefs(actors, link(c.document(), c.place()), linked));
    }
    return out;
  }

  private EntityRef link(String document, EntityRef r) {
    if (r == null || r.span() == null) {
      return r;
    }
    String id = resolution.entityAt(document, r.span());
    if (id == null) {
      Map<Span, String> spans = resolution.entityBySpan().get(document);
      if (spans != null) {
        Span best = null;
        for (Map.Entry<Span, String> e : spans.entrySet()) {
          Span s = e.getKey();
          if (r.span().contains(s) && (best == null || s.length() > best.length())) {
            best = s;
            id = e.getValue();
          }
        }
      }
    }
    if (id == null) {
      return r.withEntity(null, r.name());
    }
    Entity e = byId.get(id);
    return r.withEntity(id, e == null ? r.name() : e.name());
  }
}

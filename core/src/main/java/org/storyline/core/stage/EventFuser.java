package org.storyline.core.stage;

import java.util.List;
import org.storyline.core.claim.Claim;
import org.storyline.core.document.Article;
import org.storyline.core.event.Event;

/** Stage 5: fuses the claims of all documents that report the same real event into one event. */
public interface EventFuser {
  List<Event> fuse(List<Article> articles, List<Claim> claims);
}

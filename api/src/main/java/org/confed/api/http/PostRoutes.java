package org.confed.api.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import org.confed.application.asking.AnswerJson;
import org.confed.application.asking.HolderAnswer;
import org.confed.application.asking.Questions;
import org.confed.domain.model.Post;
import org.confed.domain.model.PostId;
import org.confed.domain.port.Registry;

/** Who held a post on a day: a post exists whether or not anyone is known to hold it. */
final class PostRoutes {
    private final Registry registry;
    private final ApiConfig config;

    PostRoutes(Registry registry, ApiConfig config) {
        this.registry = registry;
        this.config = config;
    }

    List<Route> routes() {
        RecordCollection posts = RecordCollection.of(Post.class);
        return List.of(Route.get(posts.itemPath() + "/holder").id("holderOn").tag("posts")
                .summary("The office terms of the post covering a day, each holder expanded; 404 when the post is "
                        + "unknown or no holder is recorded for that day")
                .param(CommonParams.key(posts)).param(CommonParams.at("The holder"))
                .asRecorded().answers(200, JsonSchemas.ref("Holder")).problems(400, 404)
                .handle(ctx -> holder(ctx, posts)));
    }

    private void holder(Context ctx, RecordCollection posts) {
        LocalDate at = CommonParams.at(ctx, config); // a bad question is refused before anything is looked up
        String id = ctx.pathParam(posts.keyField().name());
        Post post = RecordRoutes.pathKey(id, PostId::of).flatMap(questions(ctx)::post)
                .orElseThrow(() -> RecordRoutes.notFound(posts, id));
        HolderAnswer answer = questions(ctx).holder(post, at);
        if (answer.terms().isEmpty()) {
            // the post is known, its holder that day is not: a source may simply not name them
            throw ProblemException.notFound("No holder of " + post.id() + " is recorded for " + at + ".");
        }
        Replies.json(ctx, 200, AnswerJson.holder(answer));
    }

    /** The questions of the registry as the request asks it: as it stands, or as recorded at an instant. */
    private Questions questions(Context ctx) {
        return new Questions(AsRecorded.view(ctx, registry));
    }
}

package org.confed.cli;

import org.confed.domain.model.ConfederationCode;
import picocli.CommandLine.Option;

/** {@code --confederation CODE}, required: the confederation a question is about. */
final class ConfederationOption {
    @Option(names = "--confederation", required = true, paramLabel = "CODE", converter = Arguments.Confederation.class,
            description = "The confederation's code, e.g. AES.")
    ConfederationCode code;
}

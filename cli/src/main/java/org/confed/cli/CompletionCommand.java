package org.confed.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code confed completion bash|zsh}: prints the shell completion script picocli writes from the command tree, so
 * that it always knows every command and option of this build. One script serves both shells: in zsh it loads
 * zsh's bash completion layer first.
 */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = Confed.Version.class,
        description = "Print the shell completion script for bash or zsh.",
        footerHeading = "%nInstall:%n",
        footer = {"  bash:  confed completion bash > ~/.local/share/bash-completion/completions/confed",
                "  zsh:   confed completion zsh > ~/.zsh-confed-completion && echo 'source ~/.zsh-confed-completion' >> ~/.zshrc",
                "Then open a new shell. `confed` must be on the PATH under that name (a link to bin/confed will do)."})
final class CompletionCommand implements Callable<Integer> {
    /** The shells the script is for. */
    enum Shell { bash, zsh }

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // The same script for both: picocli's script enables bashcompinit when it runs in zsh.
        String script = AutoComplete.bash(spec.root().name(), spec.root().commandLine());
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}

#include "build/dockerfilelinter.h"

#include "build/lintcontext.h"
#include "build/lintrules.h"
#include "common/tr.h"

using namespace Qt::StringLiterals;

namespace Ponton::Build {

QString lintSeverityName(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Error: return u"error"_s;
    case LintSeverity::Warning: return u"warning"_s;
    case LintSeverity::Info: return u"info"_s;
    case LintSeverity::Style: return u"style"_s;
    }
    return u"warning"_s;
}

QList<LintDiagnostic> DockerfileLinter::lint(const QByteArray &source)
{
    LintContext context(source);
    if (context.parsed())
        LintRules::run(context);
    return context.takeDiagnostics();
}

std::optional<LintRule> DockerfileLinter::rule(const QString &id)
{
    for (LintRule &rule : rules()) {
        if (rule.id == id)
            return std::move(rule);
    }
    return std::nullopt;
}

LintSeverity DockerfileLinter::severity(const QString &id)
{
    static const QHash<QString, LintSeverity> severities = [] {
        QHash<QString, LintSeverity> table;
        for (const LintRule &rule : rules())
            table.insert(rule.id, rule.severity);
        return table;
    }();
    return severities.value(id, LintSeverity::Warning);
}

QList<LintRule> DockerfileLinter::rules()
{
    using S = LintSeverity;
    return {
        {u"syntax-error"_s, S::Error, Tr::tr("Invalid Dockerfile"),
         Tr::tr("The file cannot be parsed, or an instruction is malformed: a build would stop at this line."), {}},
        {u"lone-package-update"_s, S::Warning, Tr::tr("Package index updated in a step of its own"),
         Tr::tr("A RUN that only updates the package index (apk update, apt-get update) is cached like any other "
                "step: later builds reuse the old index, so an install in a later step works from stale package "
                "lists, or fails once the mirror has moved on. Update and install in the same RUN "
                "(RUN apk update && apk add curl), or use apk add --no-cache."), u"hadolint DL3009"_s},
        {u"apk-add-no-cache"_s, S::Warning, Tr::tr("apk add without --no-cache"),
         Tr::tr("apk keeps the package index it downloads in /var/cache/apk, and that copy ends up in the layer. "
                "apk add --no-cache fetches a fresh index and leaves nothing behind."), u"hadolint DL3019"_s},
        {u"apt-lists-not-removed"_s, S::Info, Tr::tr("apt lists not removed"),
         Tr::tr("apt-get update downloads package lists into /var/lib/apt/lists. Unless the same RUN removes them "
                "(&& rm -rf /var/lib/apt/lists/*), they stay in the layer and make the image bigger for nothing."),
         u"hadolint DL3009"_s},
        {u"apt-no-install-recommends"_s, S::Info, Tr::tr("Recommended packages installed"),
         Tr::tr("apt-get install also installs the packages a package merely recommends; "
                "--no-install-recommends keeps the image small."), u"hadolint DL3015"_s},
        {u"apt-missing-yes"_s, S::Warning, Tr::tr("apt-get install without -y"),
         Tr::tr("Nobody can answer apt-get's confirmation prompt during a build: without -y the install aborts."),
         u"hadolint DL3014"_s},
        {u"add-instead-of-copy"_s, S::Warning, Tr::tr("ADD where COPY fits"),
         Tr::tr("ADD also downloads URLs and unpacks local archives, so what it does depends on the file. For plain "
                "files and folders COPY says exactly what is meant."), u"hadolint DL3020"_s},
        {u"unpinned-base-image"_s, S::Warning, Tr::tr("Base image without a tag"),
         Tr::tr("Without a tag FROM takes latest, whatever it is on the day of the build, so rebuilds are not "
                "reproducible. Name a version (alpine:3.19) or a digest."), u"hadolint DL3006"_s},
        {u"latest-base-image"_s, S::Warning, Tr::tr("Base image tagged latest"),
         Tr::tr("latest moves: the same Dockerfile builds a different image next month. Pin a version or a digest."),
         u"hadolint DL3007"_s},
        {u"cd-in-run"_s, S::Warning, Tr::tr("cd in RUN instead of WORKDIR"),
         Tr::tr("A cd lasts only until the end of its RUN; the next instruction starts again in the WORKDIR. Use "
                "WORKDIR to change directory for the instructions that follow."), u"hadolint DL3003"_s},
        {u"multiple-cmd"_s, S::Warning, Tr::tr("Several CMD in one stage"),
         Tr::tr("Only the last CMD of a stage takes effect; the earlier ones are dead code that misleads readers."),
         u"hadolint DL4003"_s},
        {u"multiple-entrypoint"_s, S::Warning, Tr::tr("Several ENTRYPOINT in one stage"),
         Tr::tr("Only the last ENTRYPOINT of a stage takes effect; the earlier ones are dead code that misleads "
                "readers."), u"hadolint DL4004"_s},
        {u"shell-form-entrypoint"_s, S::Warning, Tr::tr("ENTRYPOINT in shell form"),
         Tr::tr("A shell-form ENTRYPOINT runs under /bin/sh -c: the program does not receive stop signals (SIGTERM "
                "goes to the shell), and CMD and the arguments given to run are ignored. Use the JSON form: "
                "ENTRYPOINT [\"/app\", \"--flag\"]."), u"BuildKit JSONArgsRecommended"_s},
        {u"shell-form-cmd"_s, S::Info, Tr::tr("CMD in shell form"),
         Tr::tr("A shell-form CMD runs under /bin/sh -c, so the program does not receive stop signals itself. The "
                "JSON form (CMD [\"nginx\", \"-g\", \"daemon off;\"]) avoids the extra shell."),
         u"BuildKit JSONArgsRecommended"_s},
        {u"no-user"_s, S::Warning, Tr::tr("The image runs as root"),
         Tr::tr("Without a USER in the final stage, or with USER root last, containers of this image run as root: "
                "a process that escapes its container has root privileges within reach. Create a user and switch "
                "to it with USER."), u"hadolint DL3002"_s},
        {u"secret-in-env"_s, S::Warning, Tr::tr("Secret in ENV or ARG"),
         Tr::tr("ENV values are stored in the image configuration and build arguments in its history: anyone who "
                "pulls the image can read them. Pass secrets with RUN --mount=type=secret, or at run time."),
         u"BuildKit SecretsUsedInArgOrEnv"_s},
        {u"copy-all-before-install"_s, S::Warning, Tr::tr("Whole context copied before installing dependencies"),
         Tr::tr("COPY . before the step that installs dependencies means that a change to any source file "
                "invalidates the cache of that install, so every build downloads everything again. Copy the "
                "dependency manifests first (package.json, requirements.txt, go.mod…), install, then copy the "
                "rest."), {}},
        {u"maintainer-deprecated"_s, S::Info, Tr::tr("MAINTAINER is deprecated"),
         Tr::tr("MAINTAINER only sets the image author, a field no tool reads any more. Use "
                "LABEL org.opencontainers.image.authors=\"…\" instead."), u"hadolint DL4000"_s},
        {u"relative-workdir"_s, S::Warning, Tr::tr("Relative WORKDIR"),
         Tr::tr("A relative WORKDIR is resolved against the WORKDIR of the base image, which can change under you. "
                "Use an absolute path."), u"hadolint DL3000"_s},
        {u"sudo-in-run"_s, S::Warning, Tr::tr("sudo in RUN"),
         Tr::tr("Build steps already run as the current USER (root unless changed); sudo adds its own terminal and "
                "environment handling and may not even be installed. Switch users with USER instead."),
         u"hadolint DL3004"_s},
        {u"empty-continuation"_s, S::Warning, Tr::tr("Empty continuation line"),
         Tr::tr("A blank line inside a line continuation is skipped today, but BuildKit will turn it into an error; "
                "remove it or end the instruction before it."), u"BuildKit NoEmptyContinuation"_s},
        {u"legacy-key-value"_s, S::Info, Tr::tr("Legacy ENV or LABEL form"),
         Tr::tr("ENV key value is the legacy form: it sets a single variable and its value runs to the end of the "
                "line, spaces included. Prefer ENV key=value."), u"BuildKit LegacyKeyValueFormat"_s},
        {u"pipe-without-pipefail"_s, S::Info, Tr::tr("Pipe without pipefail"),
         Tr::tr("/bin/sh reports only the exit status of the last command of a pipe, so RUN curl … | sh succeeds "
                "even when the download fails. Start the RUN with set -o pipefail, or set a SHELL that does."),
         u"hadolint DL4006"_s},
        {u"unsupported-syntax"_s, S::Info, Tr::tr("Frontend directive ignored"),
         Tr::tr("Ponton builds with its own engine: a # syntax= directive naming another frontend than "
                "docker/dockerfile is not run, so that frontend's extensions are unavailable."), {}},
        {u"instruction-casing"_s, S::Style, Tr::tr("Inconsistent instruction casing"),
         Tr::tr("Instructions are not case-sensitive, but mixing RUN and run (or writing Run) makes the file "
                "harder to read. Write them all in upper case, or all in lower case."),
         u"BuildKit ConsistentInstructionCasing"_s},
    };
}

} // namespace Ponton::Build

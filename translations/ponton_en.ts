<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BuildLogFormatter</name>
    <message>
        <source>Successfully built %1</source>
        <translation>Successfully built %1</translation>
    </message>
    <message>
        <source>Sending build context to Ponton  %1</source>
        <translation>Sending build context to Ponton  %1</translation>
    </message>
    <message>
        <source>Step %1/%2 : %3</source>
        <translation>Step %1/%2 : %3</translation>
    </message>
    <message>
        <source> ---&gt; Using cache</source>
        <translation> ---&gt; Using cache</translation>
    </message>
    <message>
        <source> ---&gt; Running in %1</source>
        <translation> ---&gt; Running in %1</translation>
    </message>
    <message>
        <source> ---&gt; Removed intermediate container %1</source>
        <translation> ---&gt; Removed intermediate container %1</translation>
    </message>
    <message>
        <source>Successfully tagged %1</source>
        <translation>Successfully tagged %1</translation>
    </message>
    <message>
        <source>[Warning] %1</source>
        <translation>[Warning] %1</translation>
    </message>
</context>
<context>
    <name>Ponton</name>
    <message>
        <source>unsafe entry name &quot;%1&quot; in the archive: %2</source>
        <translation>unsafe entry name &quot;%1&quot; in the archive: %2</translation>
    </message>
    <message>
        <source>empty name</source>
        <translation>empty name</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>absolute path</translation>
    </message>
    <message>
        <source>invalid character</source>
        <translation>invalid character</translation>
    </message>
    <message>
        <source>&quot;..&quot; component</source>
        <translation>&quot;..&quot; component</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; of the archive is a link to &quot;%2&quot;, outside the archive</source>
        <translation>entry &quot;%1&quot; of the archive is a link to &quot;%2&quot;, outside the archive</translation>
    </message>
    <message>
        <source>manifest.json: %1 of image %2 is not an array of strings</source>
        <translation>manifest.json: %1 of image %2 is not an array of strings</translation>
    </message>
    <message>
        <source>manifest.json: image %1 is not a JSON object</source>
        <translation>manifest.json: image %1 is not a JSON object</translation>
    </message>
    <message>
        <source>manifest.json: image %1 has no Config</source>
        <translation>manifest.json: image %1 has no Config</translation>
    </message>
    <message>
        <source>manifest.json is larger than %1 bytes</source>
        <translation>manifest.json is larger than %1 bytes</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON</source>
        <translation>manifest.json is not valid JSON</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON array</source>
        <translation>manifest.json is not a JSON array</translation>
    </message>
    <message>
        <source>manifest.json lists no image</source>
        <translation>manifest.json lists no image</translation>
    </message>
    <message>
        <source>gzip compression failed</source>
        <translation>gzip compression failed</translation>
    </message>
    <message>
        <source>write to a finished gzip compressor</source>
        <translation>write to a finished gzip compressor</translation>
    </message>
    <message>
        <source>gzip compressor finished twice</source>
        <translation>gzip compressor finished twice</translation>
    </message>
    <message>
        <source>corrupt gzip stream: %1 after %2 compressed bytes</source>
        <translation>corrupt gzip stream: %1 after %2 compressed bytes</translation>
    </message>
    <message>
        <source>corrupt gzip stream: unexpected bytes after member %1, at compressed byte %2</source>
        <translation>corrupt gzip stream: unexpected bytes after member %1, at compressed byte %2</translation>
    </message>
    <message>
        <source>truncated gzip stream: it ends after %1 compressed bytes, inside a member</source>
        <translation>truncated gzip stream: it ends after %1 compressed bytes, inside a member</translation>
    </message>
    <message>
        <source>layer %1: %2</source>
        <translation>layer %1: %2</translation>
    </message>
    <message>
        <source>layer %1: unsupported compression</source>
        <translation>layer %1: unsupported compression</translation>
    </message>
    <message>
        <source>digesting layer %1 was canceled</source>
        <translation>digesting layer %1 was canceled</translation>
    </message>
    <message>
        <source>cannot read layer %1</source>
        <translation>cannot read layer %1</translation>
    </message>
    <message>
        <source>cannot open layer %1</source>
        <translation>cannot open layer %1</translation>
    </message>
    <message>
        <source>cannot read archive %1</source>
        <translation>cannot read archive %1</translation>
    </message>
    <message>
        <source>archive %1 is empty</source>
        <translation>archive %1 is empty</translation>
    </message>
    <message>
        <source>%1, entry &quot;%2&quot;</source>
        <translation>%1, entry &quot;%2&quot;</translation>
    </message>
    <message>
        <source>archive %1: %2</source>
        <translation>archive %1: %2</translation>
    </message>
    <message>
        <source>archive %1 is truncated or corrupt</source>
        <translation>archive %1 is truncated or corrupt</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; of the archive is a hard link outside the archive</source>
        <translation>entry &quot;%1&quot; of the archive is a hard link outside the archive</translation>
    </message>
    <message>
        <source>archive %1 holds no entries</source>
        <translation>archive %1 holds no entries</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>after %1</translation>
    </message>
    <message>
        <source>cannot write archive %1</source>
        <translation>cannot write archive %1</translation>
    </message>
    <message>
        <source>cannot write entry &quot;%1&quot; of archive %2</source>
        <translation>cannot write entry &quot;%1&quot; of archive %2</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; of archive %2 grew beyond its declared %3 bytes</source>
        <translation>entry &quot;%1&quot; of archive %2 grew beyond its declared %3 bytes</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; of archive %2 has %3 bytes, %4 were declared</source>
        <translation>entry &quot;%1&quot; of archive %2 has %3 bytes, %4 were declared</translation>
    </message>
    <message>
        <source>corrupt zstd stream: %1 after %2 compressed bytes</source>
        <translation>corrupt zstd stream: %1 after %2 compressed bytes</translation>
    </message>
    <message>
        <source>truncated zstd stream: it ends after %1 compressed bytes, inside a frame</source>
        <translation>truncated zstd stream: it ends after %1 compressed bytes, inside a frame</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the Dockerfile has no FROM: there is no build stage</source>
        <translation>the Dockerfile has no FROM: there is no build stage</translation>
    </message>
    <message>
        <source>no build stage in current context: only ARG may come before the first FROM</source>
        <translation>no build stage in current context: only ARG may come before the first FROM</translation>
    </message>
    <message>
        <source>duplicate stage name &quot;%1&quot;</source>
        <translation>duplicate stage name &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid from flag value %1: refers to the current or a later build stage</source>
        <translation>invalid from flag value %1: refers to the current or a later build stage</translation>
    </message>
    <message>
        <source>circular dependency detected on stage: %1</source>
        <translation>circular dependency detected on stage: %1</translation>
    </message>
    <message>
        <source>Invalid Dockerfile</source>
        <translation>Invalid Dockerfile</translation>
    </message>
    <message>
        <source>The file cannot be parsed, or an instruction is malformed: a build would stop at this line.</source>
        <translation>The file cannot be parsed, or an instruction is malformed: a build would stop at this line.</translation>
    </message>
    <message>
        <source>Package index updated in a step of its own</source>
        <translation>Package index updated in a step of its own</translation>
    </message>
    <message>
        <source>A RUN that only updates the package index (apk update, apt-get update) is cached like any other step: later builds reuse the old index, so an install in a later step works from stale package lists, or fails once the mirror has moved on. Update and install in the same RUN (RUN apk update &amp;&amp; apk add curl), or use apk add --no-cache.</source>
        <translation>A RUN that only updates the package index (apk update, apt-get update) is cached like any other step: later builds reuse the old index, so an install in a later step works from stale package lists, or fails once the mirror has moved on. Update and install in the same RUN (RUN apk update &amp;&amp; apk add curl), or use apk add --no-cache.</translation>
    </message>
    <message>
        <source>apk add without --no-cache</source>
        <translation>apk add without --no-cache</translation>
    </message>
    <message>
        <source>apk keeps the package index it downloads in /var/cache/apk, and that copy ends up in the layer. apk add --no-cache fetches a fresh index and leaves nothing behind.</source>
        <translation>apk keeps the package index it downloads in /var/cache/apk, and that copy ends up in the layer. apk add --no-cache fetches a fresh index and leaves nothing behind.</translation>
    </message>
    <message>
        <source>apt lists not removed</source>
        <translation>apt lists not removed</translation>
    </message>
    <message>
        <source>apt-get update downloads package lists into /var/lib/apt/lists. Unless the same RUN removes them (&amp;&amp; rm -rf /var/lib/apt/lists/*), they stay in the layer and make the image bigger for nothing.</source>
        <translation>apt-get update downloads package lists into /var/lib/apt/lists. Unless the same RUN removes them (&amp;&amp; rm -rf /var/lib/apt/lists/*), they stay in the layer and make the image bigger for nothing.</translation>
    </message>
    <message>
        <source>Recommended packages installed</source>
        <translation>Recommended packages installed</translation>
    </message>
    <message>
        <source>apt-get install also installs the packages a package merely recommends; --no-install-recommends keeps the image small.</source>
        <translation>apt-get install also installs the packages a package merely recommends; --no-install-recommends keeps the image small.</translation>
    </message>
    <message>
        <source>apt-get install without -y</source>
        <translation>apt-get install without -y</translation>
    </message>
    <message>
        <source>Nobody can answer apt-get&apos;s confirmation prompt during a build: without -y the install aborts.</source>
        <translation>Nobody can answer apt-get&apos;s confirmation prompt during a build: without -y the install aborts.</translation>
    </message>
    <message>
        <source>ADD where COPY fits</source>
        <translation>ADD where COPY fits</translation>
    </message>
    <message>
        <source>ADD also downloads URLs and unpacks local archives, so what it does depends on the file. For plain files and folders COPY says exactly what is meant.</source>
        <translation>ADD also downloads URLs and unpacks local archives, so what it does depends on the file. For plain files and folders COPY says exactly what is meant.</translation>
    </message>
    <message>
        <source>Base image without a tag</source>
        <translation>Base image without a tag</translation>
    </message>
    <message>
        <source>Without a tag FROM takes latest, whatever it is on the day of the build, so rebuilds are not reproducible. Name a version (alpine:3.19) or a digest.</source>
        <translation>Without a tag FROM takes latest, whatever it is on the day of the build, so rebuilds are not reproducible. Name a version (alpine:3.19) or a digest.</translation>
    </message>
    <message>
        <source>Base image tagged latest</source>
        <translation>Base image tagged latest</translation>
    </message>
    <message>
        <source>latest moves: the same Dockerfile builds a different image next month. Pin a version or a digest.</source>
        <translation>latest moves: the same Dockerfile builds a different image next month. Pin a version or a digest.</translation>
    </message>
    <message>
        <source>cd in RUN instead of WORKDIR</source>
        <translation>cd in RUN instead of WORKDIR</translation>
    </message>
    <message>
        <source>A cd lasts only until the end of its RUN; the next instruction starts again in the WORKDIR. Use WORKDIR to change directory for the instructions that follow.</source>
        <translation>A cd lasts only until the end of its RUN; the next instruction starts again in the WORKDIR. Use WORKDIR to change directory for the instructions that follow.</translation>
    </message>
    <message>
        <source>Several CMD in one stage</source>
        <translation>Several CMD in one stage</translation>
    </message>
    <message>
        <source>Only the last CMD of a stage takes effect; the earlier ones are dead code that misleads readers.</source>
        <translation>Only the last CMD of a stage takes effect; the earlier ones are dead code that misleads readers.</translation>
    </message>
    <message>
        <source>Several ENTRYPOINT in one stage</source>
        <translation>Several ENTRYPOINT in one stage</translation>
    </message>
    <message>
        <source>Only the last ENTRYPOINT of a stage takes effect; the earlier ones are dead code that misleads readers.</source>
        <translation>Only the last ENTRYPOINT of a stage takes effect; the earlier ones are dead code that misleads readers.</translation>
    </message>
    <message>
        <source>ENTRYPOINT in shell form</source>
        <translation>ENTRYPOINT in shell form</translation>
    </message>
    <message>
        <source>A shell-form ENTRYPOINT runs under /bin/sh -c: the program does not receive stop signals (SIGTERM goes to the shell), and CMD and the arguments given to run are ignored. Use the JSON form: ENTRYPOINT [&quot;/app&quot;, &quot;--flag&quot;].</source>
        <translation>A shell-form ENTRYPOINT runs under /bin/sh -c: the program does not receive stop signals (SIGTERM goes to the shell), and CMD and the arguments given to run are ignored. Use the JSON form: ENTRYPOINT [&quot;/app&quot;, &quot;--flag&quot;].</translation>
    </message>
    <message>
        <source>CMD in shell form</source>
        <translation>CMD in shell form</translation>
    </message>
    <message>
        <source>A shell-form CMD runs under /bin/sh -c, so the program does not receive stop signals itself. The JSON form (CMD [&quot;nginx&quot;, &quot;-g&quot;, &quot;daemon off;&quot;]) avoids the extra shell.</source>
        <translation>A shell-form CMD runs under /bin/sh -c, so the program does not receive stop signals itself. The JSON form (CMD [&quot;nginx&quot;, &quot;-g&quot;, &quot;daemon off;&quot;]) avoids the extra shell.</translation>
    </message>
    <message>
        <source>The image runs as root</source>
        <translation>The image runs as root</translation>
    </message>
    <message>
        <source>Without a USER in the final stage, or with USER root last, containers of this image run as root: a process that escapes its container has root privileges within reach. Create a user and switch to it with USER.</source>
        <translation>Without a USER in the final stage, or with USER root last, containers of this image run as root: a process that escapes its container has root privileges within reach. Create a user and switch to it with USER.</translation>
    </message>
    <message>
        <source>Secret in ENV or ARG</source>
        <translation>Secret in ENV or ARG</translation>
    </message>
    <message>
        <source>ENV values are stored in the image configuration and build arguments in its history: anyone who pulls the image can read them. Pass secrets with RUN --mount=type=secret, or at run time.</source>
        <translation>ENV values are stored in the image configuration and build arguments in its history: anyone who pulls the image can read them. Pass secrets with RUN --mount=type=secret, or at run time.</translation>
    </message>
    <message>
        <source>Whole context copied before installing dependencies</source>
        <translation>Whole context copied before installing dependencies</translation>
    </message>
    <message>
        <source>COPY . before the step that installs dependencies means that a change to any source file invalidates the cache of that install, so every build downloads everything again. Copy the dependency manifests first (package.json, requirements.txt, go.mod…), install, then copy the rest.</source>
        <translation>COPY . before the step that installs dependencies means that a change to any source file invalidates the cache of that install, so every build downloads everything again. Copy the dependency manifests first (package.json, requirements.txt, go.mod…), install, then copy the rest.</translation>
    </message>
    <message>
        <source>MAINTAINER is deprecated</source>
        <translation>MAINTAINER is deprecated</translation>
    </message>
    <message>
        <source>MAINTAINER only sets the image author, a field no tool reads any more. Use LABEL org.opencontainers.image.authors=&quot;…&quot; instead.</source>
        <translation>MAINTAINER only sets the image author, a field no tool reads any more. Use LABEL org.opencontainers.image.authors=&quot;…&quot; instead.</translation>
    </message>
    <message>
        <source>Relative WORKDIR</source>
        <translation>Relative WORKDIR</translation>
    </message>
    <message>
        <source>A relative WORKDIR is resolved against the WORKDIR of the base image, which can change under you. Use an absolute path.</source>
        <translation>A relative WORKDIR is resolved against the WORKDIR of the base image, which can change under you. Use an absolute path.</translation>
    </message>
    <message>
        <source>sudo in RUN</source>
        <translation>sudo in RUN</translation>
    </message>
    <message>
        <source>Build steps already run as the current USER (root unless changed); sudo adds its own terminal and environment handling and may not even be installed. Switch users with USER instead.</source>
        <translation>Build steps already run as the current USER (root unless changed); sudo adds its own terminal and environment handling and may not even be installed. Switch users with USER instead.</translation>
    </message>
    <message>
        <source>Empty continuation line</source>
        <translation>Empty continuation line</translation>
    </message>
    <message>
        <source>A blank line inside a line continuation is skipped today, but BuildKit will turn it into an error; remove it or end the instruction before it.</source>
        <translation>A blank line inside a line continuation is skipped today, but BuildKit will turn it into an error; remove it or end the instruction before it.</translation>
    </message>
    <message>
        <source>Legacy ENV or LABEL form</source>
        <translation>Legacy ENV or LABEL form</translation>
    </message>
    <message>
        <source>ENV key value is the legacy form: it sets a single variable and its value runs to the end of the line, spaces included. Prefer ENV key=value.</source>
        <translation>ENV key value is the legacy form: it sets a single variable and its value runs to the end of the line, spaces included. Prefer ENV key=value.</translation>
    </message>
    <message>
        <source>Pipe without pipefail</source>
        <translation>Pipe without pipefail</translation>
    </message>
    <message>
        <source>/bin/sh reports only the exit status of the last command of a pipe, so RUN curl … | sh succeeds even when the download fails. Start the RUN with set -o pipefail, or set a SHELL that does.</source>
        <translation>/bin/sh reports only the exit status of the last command of a pipe, so RUN curl … | sh succeeds even when the download fails. Start the RUN with set -o pipefail, or set a SHELL that does.</translation>
    </message>
    <message>
        <source>Frontend directive ignored</source>
        <translation>Frontend directive ignored</translation>
    </message>
    <message>
        <source>Ponton builds with its own engine: a # syntax= directive naming another frontend than docker/dockerfile is not run, so that frontend&apos;s extensions are unavailable.</source>
        <translation>Ponton builds with its own engine: a # syntax= directive naming another frontend than docker/dockerfile is not run, so that frontend&apos;s extensions are unavailable.</translation>
    </message>
    <message>
        <source>Inconsistent instruction casing</source>
        <translation>Inconsistent instruction casing</translation>
    </message>
    <message>
        <source>Instructions are not case-sensitive, but mixing RUN and run (or writing Run) makes the file harder to read. Write them all in upper case, or all in lower case.</source>
        <translation>Instructions are not case-sensitive, but mixing RUN and run (or writing Run) makes the file harder to read. Write them all in upper case, or all in lower case.</translation>
    </message>
    <message>
        <source>dockerfile line greater than max allowed size of %1</source>
        <translation>dockerfile line greater than max allowed size of %1</translation>
    </message>
    <message>
        <source>file with no instructions</source>
        <translation>file with no instructions</translation>
    </message>
    <message>
        <source>Empty continuation line found in: %1</source>
        <translation>Empty continuation line found in: %1</translation>
    </message>
    <message>
        <source>unterminated heredoc</source>
        <translation>unterminated heredoc</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>invalid duration &quot;%1&quot;</source>
        <translation>invalid duration &quot;%1&quot;</translation>
    </message>
    <message>
        <source>flag &quot;%1&quot; must start with --</source>
        <translation>flag &quot;%1&quot; must start with --</translation>
    </message>
    <message>
        <source>unknown flag: --%1</source>
        <translation>unknown flag: --%1</translation>
    </message>
    <message>
        <source>duplicate flag specified: --%1</source>
        <translation>duplicate flag specified: --%1</translation>
    </message>
    <message>
        <source>expecting boolean value for flag --%1, not: %2</source>
        <translation>expecting boolean value for flag --%1, not: %2</translation>
    </message>
    <message>
        <source>missing a value on flag: --%1</source>
        <translation>missing a value on flag: --%1</translation>
    </message>
    <message>
        <source>when using JSON array syntax, arrays must be comprised of strings only</source>
        <translation>when using JSON array syntax, arrays must be comprised of strings only</translation>
    </message>
    <message>
        <source>%1 must have two arguments</source>
        <translation>%1 must have two arguments</translation>
    </message>
    <message>
        <source>Syntax error - can&apos;t find = in &quot;%1&quot;. Must be of the form: name=value</source>
        <translation>Syntax error - can&apos;t find = in &quot;%1&quot;. Must be of the form: name=value</translation>
    </message>
    <message>
        <source>%1 requires at least one argument</source>
        <translation>%1 requires at least one argument</translation>
    </message>
    <message>
        <source>%1 names can not be blank</source>
        <translation>%1 names can not be blank</translation>
    </message>
    <message>
        <source>unknown instruction: %1 (did you mean %2?)</source>
        <translation>unknown instruction: %1 (did you mean %2?)</translation>
    </message>
    <message>
        <source>unknown instruction: %1</source>
        <translation>unknown instruction: %1</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>Interval &quot;%1&quot; cannot be less than 1ms</source>
        <translation>Interval &quot;%1&quot; cannot be less than 1ms</translation>
    </message>
    <message>
        <source>FROM requires either one or three arguments</source>
        <translation>FROM requires either one or three arguments</translation>
    </message>
    <message>
        <source>invalid name for build stage: &quot;%1&quot;, name can&apos;t start with a number or contain symbols</source>
        <translation>invalid name for build stage: &quot;%1&quot;, name can&apos;t start with a number or contain symbols</translation>
    </message>
    <message>
        <source>ARG names can not be blank</source>
        <translation>ARG names can not be blank</translation>
    </message>
    <message>
        <source>invalid chmod parameter: %1</source>
        <translation>invalid chmod parameter: %1</translation>
    </message>
    <message>
        <source>%1 requires at least two arguments, but only one was provided. Destination could not be determined</source>
        <translation>%1 requires at least two arguments, but only one was provided. Destination could not be determined</translation>
    </message>
    <message>
        <source>%1 cannot accept a heredoc as a destination</source>
        <translation>%1 cannot accept a heredoc as a destination</translation>
    </message>
    <message>
        <source>SHELL requires the arguments to be in JSON form</source>
        <translation>SHELL requires the arguments to be in JSON form</translation>
    </message>
    <message>
        <source>%1 requires exactly one argument</source>
        <translation>%1 requires exactly one argument</translation>
    </message>
    <message>
        <source>invalid port specification: &quot;%1&quot;</source>
        <translation>invalid port specification: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>VOLUME specified can not be an empty string</source>
        <translation>VOLUME specified can not be an empty string</translation>
    </message>
    <message>
        <source>invalid signal: %1</source>
        <translation>invalid signal: %1</translation>
    </message>
    <message>
        <source>HEALTHCHECK NONE takes no arguments</source>
        <translation>HEALTHCHECK NONE takes no arguments</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot; in HEALTHCHECK (try CMD)</source>
        <translation>Unknown type &quot;%1&quot; in HEALTHCHECK (try CMD)</translation>
    </message>
    <message>
        <source>Missing command after HEALTHCHECK CMD</source>
        <translation>Missing command after HEALTHCHECK CMD</translation>
    </message>
    <message>
        <source>invalid value for --retries: %1</source>
        <translation>invalid value for --retries: %1</translation>
    </message>
    <message>
        <source>--retries cannot be negative (%1)</source>
        <translation>--retries cannot be negative (%1)</translation>
    </message>
    <message>
        <source>Chaining ONBUILD via `ONBUILD ONBUILD` isn&apos;t allowed</source>
        <translation>Chaining ONBUILD via `ONBUILD ONBUILD` isn&apos;t allowed</translation>
    </message>
    <message>
        <source>%1 isn&apos;t allowed as an ONBUILD trigger</source>
        <translation>%1 isn&apos;t allowed as an ONBUILD trigger</translation>
    </message>
    <message>
        <source>the frontend %1 is not run: Ponton builds with its own Dockerfile engine</source>
        <translation>the frontend %1 is not run: Ponton builds with its own Dockerfile engine</translation>
    </message>
    <message>
        <source>MAINTAINER is deprecated: use a LABEL</source>
        <translation>MAINTAINER is deprecated: use a LABEL</translation>
    </message>
    <message>
        <source>ENTRYPOINT in shell form: signals and CMD arguments do not reach the program</source>
        <translation>ENTRYPOINT in shell form: signals and CMD arguments do not reach the program</translation>
    </message>
    <message>
        <source>CMD in shell form: prefer the JSON form</source>
        <translation>CMD in shell form: prefer the JSON form</translation>
    </message>
    <message>
        <source>%1 has no tag: the build takes whatever latest is today</source>
        <translation>%1 has no tag: the build takes whatever latest is today</translation>
    </message>
    <message>
        <source>%1: latest changes over time; pin a version</source>
        <translation>%1: latest changes over time; pin a version</translation>
    </message>
    <message>
        <source>sudo in a build step: use USER</source>
        <translation>sudo in a build step: use USER</translation>
    </message>
    <message>
        <source>cd only lasts for this RUN: use WORKDIR to change directory</source>
        <translation>cd only lasts for this RUN: use WORKDIR to change directory</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in a step of its own: the cache keeps this package index, so later installs use stale lists; update and install in the same RUN</source>
        <translation>&quot;%1&quot; in a step of its own: the cache keeps this package index, so later installs use stale lists; update and install in the same RUN</translation>
    </message>
    <message>
        <source>a failure on the left of | does not fail this RUN: add set -o pipefail</source>
        <translation>a failure on the left of | does not fail this RUN: add set -o pipefail</translation>
    </message>
    <message>
        <source>apk add without --no-cache leaves the package index in the layer</source>
        <translation>apk add without --no-cache leaves the package index in the layer</translation>
    </message>
    <message>
        <source>apt-get install without -y will wait for an answer</source>
        <translation>apt-get install without -y will wait for an answer</translation>
    </message>
    <message>
        <source>apt-get install without --no-install-recommends</source>
        <translation>apt-get install without --no-install-recommends</translation>
    </message>
    <message>
        <source>the apt lists stay in this layer: end the RUN with rm -rf /var/lib/apt/lists/*</source>
        <translation>the apt lists stay in this layer: end the RUN with rm -rf /var/lib/apt/lists/*</translation>
    </message>
    <message>
        <source>ADD of local files: COPY does the same without the download and unpack rules</source>
        <translation>ADD of local files: COPY does the same without the download and unpack rules</translation>
    </message>
    <message>
        <source>%1 %2 looks like a secret: its value stays readable in the image</source>
        <translation>%1 %2 looks like a secret: its value stays readable in the image</translation>
    </message>
    <message>
        <source>legacy &quot;%1 key value&quot; form: write %1 key=value</source>
        <translation>legacy &quot;%1 key value&quot; form: write %1 key=value</translation>
    </message>
    <message>
        <source>this %1 is overridden by the one at line %2: only the last %1 counts</source>
        <translation>this %1 is overridden by the one at line %2: only the last %1 counts</translation>
    </message>
    <message>
        <source>the final stage sets no USER: its containers run as root</source>
        <translation>the final stage sets no USER: its containers run as root</translation>
    </message>
    <message>
        <source>the last USER is root: containers of this image run as root</source>
        <translation>the last USER is root: containers of this image run as root</translation>
    </message>
    <message>
        <source>the whole context is copied before dependencies are installed (line %1): any source change reinstalls them</source>
        <translation>the whole context is copied before dependencies are installed (line %1): any source change reinstalls them</translation>
    </message>
    <message>
        <source>relative WORKDIR %1: use an absolute path</source>
        <translation>relative WORKDIR %1: use an absolute path</translation>
    </message>
    <message>
        <source>%1: write instructions in %2 like the rest of the file</source>
        <translation>%1: write instructions in %2 like the rest of the file</translation>
    </message>
    <message>
        <source>upper case</source>
        <translation>upper case</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>lower case</translation>
    </message>
    <message>
        <source>only one %1 parser directive can be used</source>
        <translation>only one %1 parser directive can be used</translation>
    </message>
    <message>
        <source>invalid escape token &apos;%1&apos; does not match ` or \</source>
        <translation>invalid escape token &apos;%1&apos; does not match ` or \</translation>
    </message>
    <message>
        <source>invalid pattern (%1) in substitution: invalid escape &apos;\%2&apos;</source>
        <translation>invalid pattern (%1) in substitution: invalid escape &apos;\%2&apos;</translation>
    </message>
    <message>
        <source>failed to process &quot;%1&quot;: %2</source>
        <translation>failed to process &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>unexpected end of statement while looking for matching %1</source>
        <translation>unexpected end of statement while looking for matching %1</translation>
    </message>
    <message>
        <source>unexpected end of statement while looking for matching single-quote</source>
        <translation>unexpected end of statement while looking for matching single-quote</translation>
    </message>
    <message>
        <source>unexpected end of statement while looking for matching double-quote</source>
        <translation>unexpected end of statement while looking for matching double-quote</translation>
    </message>
    <message>
        <source>syntax error: missing &apos;}&apos;</source>
        <translation>syntax error: missing &apos;}&apos;</translation>
    </message>
    <message>
        <source>syntax error: bad substitution</source>
        <translation>syntax error: bad substitution</translation>
    </message>
    <message>
        <source>unsupported modifier (%1) in substitution</source>
        <translation>unsupported modifier (%1) in substitution</translation>
    </message>
    <message>
        <source>is not allowed to be unset</source>
        <translation>is not allowed to be unset</translation>
    </message>
    <message>
        <source>is not allowed to be empty</source>
        <translation>is not allowed to be empty</translation>
    </message>
    <message>
        <source>syntax error: missing &apos;/&apos; in ${}</source>
        <translation>syntax error: missing &apos;/&apos; in ${}</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>cannot open folder %1</source>
        <translation>cannot open folder %1</translation>
    </message>
    <message>
        <source>cannot sync folder %1</source>
        <translation>cannot sync folder %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>cannot rename %1 to %2</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>cannot create folder %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>canceled</translation>
    </message>
    <message>
        <source>refusing to create a tag with a digest reference: %1</source>
        <translation>refusing to create a tag with a digest reference: %1</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>standard output</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>%1: invalid digest &quot;%2&quot;</source>
        <translation>%1: invalid digest &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the size must be an integer of at least 0</source>
        <translation>%1: the size must be an integer of at least 0</translation>
    </message>
    <message>
        <source>%1: invalid platform</source>
        <translation>%1: invalid platform</translation>
    </message>
    <message>
        <source>%1: a descriptor must be an object</source>
        <translation>%1: a descriptor must be an object</translation>
    </message>
    <message>
        <source>%1: the descriptor of %2 has no media type</source>
        <translation>%1: the descriptor of %2 has no media type</translation>
    </message>
    <message>
        <source>%1: a history entry must be an object</source>
        <translation>%1: a history entry must be an object</translation>
    </message>
    <message>
        <source>%1: invalid &quot;created&quot; time</source>
        <translation>%1: invalid &quot;created&quot; time</translation>
    </message>
    <message>
        <source>%1: no rootfs</source>
        <translation>%1: no rootfs</translation>
    </message>
    <message>
        <source>%1, history %2</source>
        <translation>%1, history %2</translation>
    </message>
    <message>
        <source>image config %1 is too large: %2 bytes, the limit is %3 bytes</source>
        <translation>image config %1 is too large: %2 bytes, the limit is %3 bytes</translation>
    </message>
    <message>
        <source>image config %1 is not valid JSON</source>
        <translation>image config %1 is not valid JSON</translation>
    </message>
    <message>
        <source>image config %1 is not a JSON object</source>
        <translation>image config %1 is not a JSON object</translation>
    </message>
    <message>
        <source>image config %1</source>
        <translation>image config %1</translation>
    </message>
    <message>
        <source>the image config has %1 history entries with a layer but %2 layers in rootfs.diff_ids</source>
        <translation>the image config has %1 history entries with a layer but %2 layers in rootfs.diff_ids</translation>
    </message>
    <message>
        <source>%1: the index has no manifests array</source>
        <translation>%1: the index has no manifests array</translation>
    </message>
    <message>
        <source>%1, manifest %2</source>
        <translation>%1, manifest %2</translation>
    </message>
    <message>
        <source>%1: unsupported schemaVersion %2 for %3</source>
        <translation>%1: unsupported schemaVersion %2 for %3</translation>
    </message>
    <message>
        <source>%1, subject</source>
        <translation>%1, subject</translation>
    </message>
    <message>
        <source>no image for the platform %1 in this index; it has: %2</source>
        <translation>no image for the platform %1 in this index; it has: %2</translation>
    </message>
    <message>
        <source>no platform</source>
        <translation>no platform</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1: &quot;%2&quot; must be a string</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array of strings</source>
        <translation>%1: &quot;%2&quot; must be an array of strings</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an object of strings</source>
        <translation>%1: &quot;%2&quot; must be an object of strings</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an integer</source>
        <translation>%1: &quot;%2&quot; must be an integer</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false</source>
        <translation>%1: &quot;%2&quot; must be true or false</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an object</source>
        <translation>%1: &quot;%2&quot; must be an object</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array</source>
        <translation>%1: &quot;%2&quot; must be an array</translation>
    </message>
    <message>
        <source>%1, layer %2</source>
        <translation>%1, layer %2</translation>
    </message>
    <message>
        <source>%1: the manifest has no config</source>
        <translation>%1: the manifest has no config</translation>
    </message>
    <message>
        <source>%1, config</source>
        <translation>%1, config</translation>
    </message>
    <message>
        <source>%1 is not a container image: its config has the media type %2</source>
        <translation>%1 is not a container image: its config has the media type %2</translation>
    </message>
    <message>
        <source>%1: unsupported layer media type %2 (layer %3)</source>
        <translation>%1: unsupported layer media type %2 (layer %3)</translation>
    </message>
    <message>
        <source>manifest %1: schema 1 manifests are not supported; push the image with a current client</source>
        <translation>manifest %1: schema 1 manifests are not supported; push the image with a current client</translation>
    </message>
    <message>
        <source>(no media type)</source>
        <translation>(no media type)</translation>
    </message>
    <message>
        <source>manifest %1 (%2) is too large: %3 bytes, the limit is %4 bytes</source>
        <translation>manifest %1 (%2) is too large: %3 bytes, the limit is %4 bytes</translation>
    </message>
    <message>
        <source>manifest %1 (%2) is not valid JSON</source>
        <translation>manifest %1 (%2) is not valid JSON</translation>
    </message>
    <message>
        <source>manifest %1 (%2) is not a JSON object</source>
        <translation>manifest %1 (%2) is not a JSON object</translation>
    </message>
    <message>
        <source>manifest %1: &quot;mediaType&quot; must be a string</source>
        <translation>manifest %1: &quot;mediaType&quot; must be a string</translation>
    </message>
    <message>
        <source>manifest %1 was served as %2 but its content says %3</source>
        <translation>manifest %1 was served as %2 but its content says %3</translation>
    </message>
    <message>
        <source>manifest %1 has no media type and is neither a manifest nor an index</source>
        <translation>manifest %1 has no media type and is neither a manifest nor an index</translation>
    </message>
    <message>
        <source>manifest %1 claims to be %2 but is really an index</source>
        <translation>manifest %1 claims to be %2 but is really an index</translation>
    </message>
    <message>
        <source>index %1 claims to be %2 but is really an image manifest</source>
        <translation>index %1 claims to be %2 but is really an image manifest</translation>
    </message>
    <message>
        <source>manifest %1 has an unsupported media type: %2</source>
        <translation>manifest %1 has an unsupported media type: %2</translation>
    </message>
    <message>
        <source>%1 is an index (%2) where an image manifest was expected</source>
        <translation>%1 is an index (%2) where an image manifest was expected</translation>
    </message>
    <message>
        <source>%1 is an image manifest (%2) where an index was expected</source>
        <translation>%1 is an image manifest (%2) where an index was expected</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>cannot write %1 without a media type</source>
        <translation>cannot write %1 without a media type</translation>
    </message>
    <message>
        <source>cannot write %1 without a digest</source>
        <translation>cannot write %1 without a digest</translation>
    </message>
    <message>
        <source>cannot write %1 with a negative size</source>
        <translation>cannot write %1 with a negative size</translation>
    </message>
    <message>
        <source>cannot write a manifest of media type %1</source>
        <translation>cannot write a manifest of media type %1</translation>
    </message>
    <message>
        <source>cannot write a manifest with schemaVersion %1</source>
        <translation>cannot write a manifest with schemaVersion %1</translation>
    </message>
    <message>
        <source>cannot write an index of media type %1</source>
        <translation>cannot write an index of media type %1</translation>
    </message>
    <message>
        <source>cannot write an index with schemaVersion %1</source>
        <translation>cannot write an index with schemaVersion %1</translation>
    </message>
    <message>
        <source>invalid platform &quot;%1&quot;: expected os/architecture[/variant]</source>
        <translation>invalid platform &quot;%1&quot;: expected os/architecture[/variant]</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>platform</translation>
    </message>
    <message>
        <source>platform without os or architecture</source>
        <translation>platform without os or architecture</translation>
    </message>
    <message>
        <source>%1: unsupported rootfs type &quot;%2&quot;, expected &quot;layers&quot;</source>
        <translation>%1: unsupported rootfs type &quot;%2&quot;, expected &quot;layers&quot;</translation>
    </message>
    <message>
        <source>%1: invalid diff_id %2: &quot;%3&quot;</source>
        <translation>%1: invalid diff_id %2: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>invalid RFC 3339 time &quot;%1&quot;</source>
        <translation>invalid RFC 3339 time &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid digest &quot;%1&quot;: missing algorithm</source>
        <translation>invalid digest &quot;%1&quot;: missing algorithm</translation>
    </message>
    <message>
        <source>unsupported digest algorithm &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>unsupported digest algorithm &quot;%1&quot; in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>invalid digest &quot;%1&quot;: expected 64 lower-case hex characters</source>
        <translation>invalid digest &quot;%1&quot;: expected 64 lower-case hex characters</translation>
    </message>
    <message>
        <source>invalid reference format: &quot;%1&quot;</source>
        <translation>invalid reference format: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid reference format: repository name in &quot;%1&quot; must be lowercase</source>
        <translation>invalid reference format: repository name in &quot;%1&quot; must be lowercase</translation>
    </message>
    <message>
        <source>invalid reference &quot;%1&quot;: repository name must not be more than %2 characters</source>
        <translation>invalid reference &quot;%1&quot;: repository name must not be more than %2 characters</translation>
    </message>
    <message>
        <source>invalid reference &quot;%1&quot;: tag must not be more than %2 characters</source>
        <translation>invalid reference &quot;%1&quot;: tag must not be more than %2 characters</translation>
    </message>
    <message>
        <source>invalid digest &quot;%1&quot; in reference &quot;%2&quot;</source>
        <translation>invalid digest &quot;%1&quot; in reference &quot;%2&quot;</translation>
    </message>
    <message>
        <source>invalid reference format: repository name must have at least one component</source>
        <translation>invalid reference format: repository name must have at least one component</translation>
    </message>
    <message>
        <source>invalid repository name &quot;%1&quot;: cannot specify 64-byte hexadecimal strings</source>
        <translation>invalid repository name &quot;%1&quot;: cannot specify 64-byte hexadecimal strings</translation>
    </message>
    <message>
        <source>invalid tag &quot;%1&quot;</source>
        <translation>invalid tag &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Canceled.</translation>
    </message>
    <message>
        <source>blob %1</source>
        <translation>blob %1</translation>
    </message>
    <message>
        <source>The registry announced another digest for blob %1.</source>
        <translation>The registry announced another digest for blob %1.</translation>
    </message>
    <message>
        <source>The registry sent an unexpected range.</source>
        <translation>The registry sent an unexpected range.</translation>
    </message>
    <message>
        <source>Blob %1 is larger than its descriptor says.</source>
        <translation>Blob %1 is larger than its descriptor says.</translation>
    </message>
    <message>
        <source>The download of blob %1 ended early.</source>
        <translation>The download of blob %1 ended early.</translation>
    </message>
    <message>
        <source>Cannot read blob %1.</source>
        <translation>Cannot read blob %1.</translation>
    </message>
    <message>
        <source>Cannot run the credential helper %1.</source>
        <translation>Cannot run the credential helper %1.</translation>
    </message>
    <message>
        <source>The credential helper %1 did not answer.</source>
        <translation>The credential helper %1 did not answer.</translation>
    </message>
    <message>
        <source>The credential helper %1 failed.</source>
        <translation>The credential helper %1 failed.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>%1 is not a valid configuration file.</source>
        <translation>%1 is not a valid configuration file.</translation>
    </message>
    <message>
        <source>Not logged in to %1.</source>
        <translation>Not logged in to %1.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>%1: the registry sent a different manifest.</source>
        <translation>%1: the registry sent a different manifest.</translation>
    </message>
    <message>
        <source>%1: the registry announced a digest that does not match the manifest.</source>
        <translation>%1: the registry announced a digest that does not match the manifest.</translation>
    </message>
    <message>
        <source>No image reference to pull.</source>
        <translation>No image reference to pull.</translation>
    </message>
    <message>
        <source>The pull of %1 was canceled.</source>
        <translation>The pull of %1 was canceled.</translation>
    </message>
    <message>
        <source>%1: an index points to another index.</source>
        <translation>%1: an index points to another index.</translation>
    </message>
    <message>
        <source>%1: the image config is too large.</source>
        <translation>%1: the image config is too large.</translation>
    </message>
    <message>
        <source>Push %1 needs a tag.</source>
        <translation>Push %1 needs a tag.</translation>
    </message>
    <message>
        <source>The push of %1 was canceled.</source>
        <translation>The push of %1 was canceled.</translation>
    </message>
    <message>
        <source>The registry stored the manifest of %1 under another digest.</source>
        <translation>The registry stored the manifest of %1 under another digest.</translation>
    </message>
    <message>
        <source>The registry sent more data than expected.</source>
        <translation>The registry sent more data than expected.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>The connection to %1 failed.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of strings.</source>
        <translation>%1: &quot;%2&quot; must be a list of strings.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number of at least %3.</source>
        <translation>%1: &quot;%2&quot; must be a number of at least %3.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 is not a JSON object.</translation>
    </message>
    <message>
        <source>%1: authentication required.</source>
        <translation>%1: authentication required.</translation>
    </message>
    <message>
        <source>%1: access denied.</source>
        <translation>%1: access denied.</translation>
    </message>
    <message>
        <source>%1: not found.</source>
        <translation>%1: not found.</translation>
    </message>
    <message>
        <source>%1: the registry is unavailable.</source>
        <translation>%1: the registry is unavailable.</translation>
    </message>
    <message>
        <source>%1: the registry refused the request.</source>
        <translation>%1: the registry refused the request.</translation>
    </message>
    <message>
        <source>%1 is not an insecure registry: plain HTTP is refused.</source>
        <translation>%1 is not an insecure registry: plain HTTP is refused.</translation>
    </message>
    <message>
        <source>Cannot reach the registry %1.</source>
        <translation>Cannot reach the registry %1.</translation>
    </message>
    <message>
        <source>%1 asks for authentication it does not describe.</source>
        <translation>%1 asks for authentication it does not describe.</translation>
    </message>
    <message>
        <source>%1 requires a login.</source>
        <translation>%1 requires a login.</translation>
    </message>
    <message>
        <source>%1 names an unusable token server.</source>
        <translation>%1 names an unusable token server.</translation>
    </message>
    <message>
        <source>The token server of %1 refused the credentials.</source>
        <translation>The token server of %1 refused the credentials.</translation>
    </message>
    <message>
        <source>Cannot get a token for %1.</source>
        <translation>Cannot get a token for %1.</translation>
    </message>
    <message>
        <source>The token server of %1 sent no token.</source>
        <translation>The token server of %1 sent no token.</translation>
    </message>
    <message>
        <source>Cannot talk to the runtime helper.</source>
        <translation>Cannot talk to the runtime helper.</translation>
    </message>
    <message>
        <source>The runtime helper sent no valid reply.</source>
        <translation>The runtime helper sent no valid reply.</translation>
    </message>
    <message>
        <source>The runtime helper&apos;s socket path is too long: %1</source>
        <translation>The runtime helper&apos;s socket path is too long: %1</translation>
    </message>
    <message>
        <source>Cannot connect to the runtime helper at %1.</source>
        <translation>Cannot connect to the runtime helper at %1.</translation>
    </message>
    <message>
        <source>The request to the runtime helper is too large.</source>
        <translation>The request to the runtime helper is too large.</translation>
    </message>
    <message>
        <source>The runtime helper failed: %1</source>
        <translation>The runtime helper failed: %1</translation>
    </message>
    <message>
        <source>The runtime helper is not running and cannot be started.</source>
        <translation>The runtime helper is not running and cannot be started.</translation>
    </message>
    <message>
        <source>Cannot start the runtime helper.</source>
        <translation>Cannot start the runtime helper.</translation>
    </message>
    <message>
        <source>Cannot start the runtime helper %1.</source>
        <translation>Cannot start the runtime helper %1.</translation>
    </message>
    <message>
        <source>The runtime helper did not start.</source>
        <translation>The runtime helper did not start.</translation>
    </message>
    <message>
        <source>The runtime helper sent no terminal.</source>
        <translation>The runtime helper sent no terminal.</translation>
    </message>
    <message>
        <source>invalid ingest name &quot;%1&quot;</source>
        <translation>invalid ingest name &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot create ingest file %1</source>
        <translation>cannot create ingest file %1</translation>
    </message>
    <message>
        <source>cannot read ingest file %1</source>
        <translation>cannot read ingest file %1</translation>
    </message>
    <message>
        <source>write to a closed blob writer (%1)</source>
        <translation>write to a closed blob writer (%1)</translation>
    </message>
    <message>
        <source>cannot write ingest file %1</source>
        <translation>cannot write ingest file %1</translation>
    </message>
    <message>
        <source>blob %1 failed verification: got %2 (%3 bytes), expected %1 (%4 bytes)</source>
        <translation>blob %1 failed verification: got %2 (%3 bytes), expected %1 (%4 bytes)</translation>
    </message>
    <message>
        <source>cannot write blob %1</source>
        <translation>cannot write blob %1</translation>
    </message>
    <message>
        <source>blob %1 is not in the store</source>
        <translation>blob %1 is not in the store</translation>
    </message>
    <message>
        <source>blob %1 is %2 bytes, more than the %3 allowed</source>
        <translation>blob %1 is %2 bytes, more than the %3 allowed</translation>
    </message>
    <message>
        <source>blob %1 is corrupt: its content does not match its digest</source>
        <translation>blob %1 is corrupt: its content does not match its digest</translation>
    </message>
    <message>
        <source>content does not match digest %1 (got %2)</source>
        <translation>content does not match digest %1 (got %2)</translation>
    </message>
    <message>
        <source>cannot read blob %1</source>
        <translation>cannot read blob %1</translation>
    </message>
    <message>
        <source>blob %1 is corrupt: its content hashes to %2</source>
        <translation>blob %1 is corrupt: its content hashes to %2</translation>
    </message>
    <message>
        <source>unexpected file %1 in the blob folder</source>
        <translation>unexpected file %1 in the blob folder</translation>
    </message>
    <message>
        <source>cannot remove blob %1</source>
        <translation>cannot remove blob %1</translation>
    </message>
    <message>
        <source>cannot open the store lock %1</source>
        <translation>cannot open the store lock %1</translation>
    </message>
    <message>
        <source>cannot lock the store (%1)</source>
        <translation>cannot lock the store (%1)</translation>
    </message>
    <message>
        <source>%1: invalid tag &quot;%2&quot;</source>
        <translation>%1: invalid tag &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>cannot open %1</translation>
    </message>
    <message>
        <source>archive %1 is neither a docker-archive (no manifest.json) nor an OCI archive (no index.json and oci-layout)</source>
        <translation>archive %1 is neither a docker-archive (no manifest.json) nor an OCI archive (no index.json and oci-layout)</translation>
    </message>
    <message>
        <source>archive %1 holds no image</source>
        <translation>archive %1 holds no image</translation>
    </message>
    <message>
        <source>load canceled</source>
        <translation>load canceled</translation>
    </message>
    <message>
        <source>archive %1: entry &quot;%2&quot; appears twice</source>
        <translation>archive %1: entry &quot;%2&quot; appears twice</translation>
    </message>
    <message>
        <source>archive %1: entry &quot;%2&quot; is neither a file, a folder nor a link</source>
        <translation>archive %1: entry &quot;%2&quot; is neither a file, a folder nor a link</translation>
    </message>
    <message>
        <source>archive %1: entry &quot;%2&quot; is larger than %3 bytes</source>
        <translation>archive %1: entry &quot;%2&quot; is larger than %3 bytes</translation>
    </message>
    <message>
        <source>entry too large</source>
        <translation>entry too large</translation>
    </message>
    <message>
        <source>blob %1 failed verification: got %2</source>
        <translation>blob %1 failed verification: got %2</translation>
    </message>
    <message>
        <source>archive %1, entry &quot;%2&quot;: %3</source>
        <translation>archive %1, entry &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>archive %1: layer %2 (&quot;%3&quot;) has the diff_id %4, but the config says %5</source>
        <translation>archive %1: layer %2 (&quot;%3&quot;) has the diff_id %4, but the config says %5</translation>
    </message>
    <message>
        <source>archive %1: manifest.json refers to the config &quot;%2&quot;, which is not in the archive</source>
        <translation>archive %1: manifest.json refers to the config &quot;%2&quot;, which is not in the archive</translation>
    </message>
    <message>
        <source>archive %1: config &quot;%2&quot; hashes to %3</source>
        <translation>archive %1: config &quot;%2&quot; hashes to %3</translation>
    </message>
    <message>
        <source>archive %1: image %2 of manifest.json lists %3 layers, its config %4 diff_ids</source>
        <translation>archive %1: image %2 of manifest.json lists %3 layers, its config %4 diff_ids</translation>
    </message>
    <message>
        <source>archive %1: manifest.json refers to the layer &quot;%2&quot;, which is not in the archive</source>
        <translation>archive %1: manifest.json refers to the layer &quot;%2&quot;, which is not in the archive</translation>
    </message>
    <message>
        <source>archive %1, manifest.json</source>
        <translation>archive %1, manifest.json</translation>
    </message>
    <message>
        <source>archive %1: oci-layout is not an OCI image layout marker</source>
        <translation>archive %1: oci-layout is not an OCI image layout marker</translation>
    </message>
    <message>
        <source>archive %1: index.json is not a JSON object</source>
        <translation>archive %1: index.json is not a JSON object</translation>
    </message>
    <message>
        <source>archive %1, index.json</source>
        <translation>archive %1, index.json</translation>
    </message>
    <message>
        <source>archive %1: indexes nested deeper than %2</source>
        <translation>archive %1: indexes nested deeper than %2</translation>
    </message>
    <message>
        <source>archive %1: index %2 is not in the archive</source>
        <translation>archive %1: index %2 is not in the archive</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>manifest</translation>
    </message>
    <message>
        <source>config</source>
        <translation>config</translation>
    </message>
    <message>
        <source>archive %1: %2 %3 is not in the archive</source>
        <translation>archive %1: %2 %3 is not in the archive</translation>
    </message>
    <message>
        <source>archive %1: %2 %3 is %4 bytes, its descriptor says %5</source>
        <translation>archive %1: %2 %3 is %4 bytes, its descriptor says %5</translation>
    </message>
    <message>
        <source>archive %1: manifest lists %2 layers but its config %3 diff_ids</source>
        <translation>archive %1: manifest lists %2 layers but its config %3 diff_ids</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>layer</translation>
    </message>
    <message>
        <source>archive %1: layer %2 has the media type %3 but its content is compressed with %4</source>
        <translation>archive %1: layer %2 has the media type %3 but its content is compressed with %4</translation>
    </message>
    <message>
        <source>The image %1 already exists, renaming the old one with ID %2 to empty string</source>
        <translation>The image %1 already exists, renaming the old one with ID %2 to empty string</translation>
    </message>
    <message>
        <source>Loaded image: %1</source>
        <translation>Loaded image: %1</translation>
    </message>
    <message>
        <source>Loaded image ID: %1</source>
        <translation>Loaded image ID: %1</translation>
    </message>
    <message>
        <source>cannot open blob %1</source>
        <translation>cannot open blob %1</translation>
    </message>
    <message>
        <source>save canceled</source>
        <translation>save canceled</translation>
    </message>
    <message>
        <source>blob %1 of the store is corrupt: its content hashes to %2</source>
        <translation>blob %1 of the store is corrupt: its content hashes to %2</translation>
    </message>
    <message>
        <source>layer %1 of image %2 is uncompressed but differs from its diff_id %3</source>
        <translation>layer %1 of image %2 is uncompressed but differs from its diff_id %3</translation>
    </message>
    <message>
        <source>layer %1 of image %2 has the diff_id %3, its config says %4</source>
        <translation>layer %1 of image %2 has the diff_id %3, its config says %4</translation>
    </message>
    <message>
        <source>image %1 is inconsistent: %2 layers, %3 diff_ids</source>
        <translation>image %1 is inconsistent: %2 layers, %3 diff_ids</translation>
    </message>
    <message>
        <source>save needs at least one image</source>
        <translation>save needs at least one image</translation>
    </message>
    <message>
        <source>conflict: unable to remove repository reference &quot;%1&quot; (must force) - container %2 is using its referenced image %3</source>
        <translation>conflict: unable to remove repository reference &quot;%1&quot; (must force) - container %2 is using its referenced image %3</translation>
    </message>
    <message>
        <source>conflict: unable to delete %1 (cannot be forced) - image has dependent child images</source>
        <translation>conflict: unable to delete %1 (cannot be forced) - image has dependent child images</translation>
    </message>
    <message>
        <source>conflict: unable to delete %1 (cannot be forced) - image is being used by running container %2</source>
        <translation>conflict: unable to delete %1 (cannot be forced) - image is being used by running container %2</translation>
    </message>
    <message>
        <source>conflict: unable to delete %1 (must be forced) - image is being used by stopped container %2</source>
        <translation>conflict: unable to delete %1 (must be forced) - image is being used by stopped container %2</translation>
    </message>
    <message>
        <source>conflict: unable to delete %1 (must be forced) - image is referenced in multiple repositories</source>
        <translation>conflict: unable to delete %1 (must be forced) - image is referenced in multiple repositories</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>cannot read %1</translation>
    </message>
    <message>
        <source>the store&apos;s index.json is not a JSON object</source>
        <translation>the store&apos;s index.json is not a JSON object</translation>
    </message>
    <message>
        <source>No such image: %1</source>
        <translation>No such image: %1</translation>
    </message>
    <message>
        <source>short image ID %1 is ambiguous: it matches %2 images</source>
        <translation>short image ID %1 is ambiguous: it matches %2 images</translation>
    </message>
    <message>
        <source>image %1 is inconsistent: its manifest lists %2 layers but its config %3 diff_ids</source>
        <translation>image %1 is inconsistent: its manifest lists %2 layers but its config %3 diff_ids</translation>
    </message>
    <message>
        <source>layer %1 of image %2 is not in the store</source>
        <translation>layer %1 of image %2 is not in the store</translation>
    </message>
    <message>
        <source>layer %1 of image %2 is %3 bytes, its descriptor says %4</source>
        <translation>layer %1 of image %2 is %3 bytes, its descriptor says %4</translation>
    </message>
    <message>
        <source>manifest %1 is %2 bytes, its descriptor says %3</source>
        <translation>manifest %1 is %2 bytes, its descriptor says %3</translation>
    </message>
    <message>
        <source>image %1: %2 layer sizes given for %3 layers</source>
        <translation>image %1: %2 layer sizes given for %3 layers</translation>
    </message>
    <message>
        <source>cannot tag with a digest reference: %1</source>
        <translation>cannot tag with a digest reference: %1</translation>
    </message>
    <message>
        <source>image %1 names a parent %2 that is not in the store</source>
        <translation>image %1 names a parent %2 that is not in the store</translation>
    </message>
    <message>
        <source>oci-layout is missing in %1</source>
        <translation>oci-layout is missing in %1</translation>
    </message>
    <message>
        <source>oci-layout does not declare imageLayoutVersion 1.0.0</source>
        <translation>oci-layout does not declare imageLayoutVersion 1.0.0</translation>
    </message>
    <message>
        <source>index entry %1: %2</source>
        <translation>index entry %1: %2</translation>
    </message>
    <message>
        <source>index entry %1: the manifest is %2 bytes, the index says %3</source>
        <translation>index entry %1: the manifest is %2 bytes, the index says %3</translation>
    </message>
    <message>
        <source>image %1: config %2: %3</source>
        <translation>image %1: config %2: %3</translation>
    </message>
    <message>
        <source>image %1: %2 layers but %3 diff_ids</source>
        <translation>image %1: %2 layers but %3 diff_ids</translation>
    </message>
    <message>
        <source>image %1: layer %2 is missing</source>
        <translation>image %1: layer %2 is missing</translation>
    </message>
    <message>
        <source>image %1: layer %2 is %3 bytes, its descriptor says %4</source>
        <translation>image %1: layer %2 is %3 bytes, its descriptor says %4</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted write(s) in ingest/ (resumable or collected by system prune)</source>
        <translation>
            <numerusform>%n interrupted write in ingest/ (resumable or collected by system prune)</numerusform>
            <numerusform>%n interrupted writes in ingest/ (resumable or collected by system prune)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temporary index file(s) left by an interrupted change</source>
        <translation>
            <numerusform>%n temporary index file left by an interrupted change</numerusform>
            <numerusform>%n temporary index files left by an interrupted change</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the bind mount source %1.</source>
        <translation>Cannot open the bind mount source %1.</translation>
    </message>
    <message>
        <source>cannot read layer %1 at entry &quot;%2&quot;</source>
        <translation>cannot read layer %1 at entry &quot;%2&quot;</translation>
    </message>
    <message>
        <source>entry name &quot;%1&quot; holds a NUL byte</source>
        <translation>entry name &quot;%1&quot; holds a NUL byte</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; climbs out of the layer&apos;s root</source>
        <translation>entry &quot;%1&quot; climbs out of the layer&apos;s root</translation>
    </message>
    <message>
        <source>cannot create the zip file %1</source>
        <translation>cannot create the zip file %1</translation>
    </message>
    <message>
        <source>cannot add %1 to the zip file %2</source>
        <translation>cannot add %1 to the zip file %2</translation>
    </message>
    <message>
        <source>cannot write %1 into the zip file %2</source>
        <translation>cannot write %1 into the zip file %2</translation>
    </message>
    <message>
        <source>cannot finish the zip file %1</source>
        <translation>cannot finish the zip file %1</translation>
    </message>
    <message>
        <source>cannot read the build cache %1</source>
        <translation>cannot read the build cache %1</translation>
    </message>
    <message>
        <source>cannot create a folder for the build context</source>
        <translation>cannot create a folder for the build context</translation>
    </message>
    <message>
        <source>cannot read the build context %1</source>
        <translation>cannot read the build context %1</translation>
    </message>
    <message>
        <source>unable to prepare context: path &quot;%1&quot; not found</source>
        <translation>unable to prepare context: path &quot;%1&quot; not found</translation>
    </message>
    <message>
        <source>cannot read the Dockerfile from standard input</source>
        <translation>cannot read the Dockerfile from standard input</translation>
    </message>
    <message>
        <source>Cannot locate specified Dockerfile: %1</source>
        <translation>Cannot locate specified Dockerfile: %1</translation>
    </message>
    <message>
        <source>the build context %1 is not a tar archive</source>
        <translation>the build context %1 is not a tar archive</translation>
    </message>
    <message>
        <source>the build context %1 is not a valid tar archive</source>
        <translation>the build context %1 is not a valid tar archive</translation>
    </message>
    <message>
        <source>the build context %1 has an unsafe entry %2</source>
        <translation>the build context %1 has an unsafe entry %2</translation>
    </message>
    <message>
        <source>cannot unpack %1 from the build context %2</source>
        <translation>cannot unpack %1 from the build context %2</translation>
    </message>
    <message>
        <source>the build context %1 is truncated at %2</source>
        <translation>the build context %1 is truncated at %2</translation>
    </message>
    <message>
        <source>the build context %1 is not a zip archive</source>
        <translation>the build context %1 is not a zip archive</translation>
    </message>
    <message>
        <source>the build context %1 is not a valid zip archive</source>
        <translation>the build context %1 is not a valid zip archive</translation>
    </message>
    <message>
        <source>the zip entry %1 of %2 is corrupt</source>
        <translation>the zip entry %1 of %2 is corrupt</translation>
    </message>
    <message>
        <source>cache disabled (--no-cache)</source>
        <translation>cache disabled (--no-cache)</translation>
    </message>
    <message>
        <source>no cached step for this instruction</source>
        <translation>no cached step for this instruction</translation>
    </message>
    <message>
        <source>the instruction changed</source>
        <translation>the instruction changed</translation>
    </message>
    <message>
        <source>build argument %1 changed</source>
        <translation>build argument %1 changed</translation>
    </message>
    <message>
        <source>file %1 changed</source>
        <translation>file %1 changed</translation>
    </message>
    <message>
        <source>the parent image is different</source>
        <translation>the parent image is different</translation>
    </message>
    <message>
        <source>an earlier step was rebuilt</source>
        <translation>an earlier step was rebuilt</translation>
    </message>
    <message>
        <source>failed to reach build target %1 in Dockerfile</source>
        <translation>failed to reach build target %1 in Dockerfile</translation>
    </message>
    <message>
        <source>[Warning] One or more build-args [%1] were not consumed</source>
        <translation>[Warning] One or more build-args [%1] were not consumed</translation>
    </message>
    <message>
        <source>No image was generated. Is your Dockerfile empty?</source>
        <translation>No image was generated. Is your Dockerfile empty?</translation>
    </message>
    <message>
        <source>pull access denied for %1: no registry is configured</source>
        <translation>pull access denied for %1: no registry is configured</translation>
    </message>
    <message>
        <source>%1:%2: base name (%3) should not be blank</source>
        <translation>%1:%2: base name (%3) should not be blank</translation>
    </message>
    <message>
        <source>%1:%2: FROM %3: %4</source>
        <translation>%1:%2: FROM %3: %4</translation>
    </message>
    <message numerus="yes">
        <source># Executing %n build trigger(s)</source>
        <translation>
            <numerusform># Executing %n build trigger</numerusform>
            <numerusform># Executing %n build triggers</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid ONBUILD trigger of the base image: %1</source>
        <translation>invalid ONBUILD trigger of the base image: %1</translation>
    </message>
    <message>
        <source>the runtime helper is not available</source>
        <translation>the runtime helper is not available</translation>
    </message>
    <message>
        <source>unable to convert uid/gid chown string to host mapping: no such user: %1</source>
        <translation>unable to convert uid/gid chown string to host mapping: no such user: %1</translation>
    </message>
    <message>
        <source>unable to convert uid/gid chown string to host mapping: no such group: %1</source>
        <translation>unable to convert uid/gid chown string to host mapping: no such group: %1</translation>
    </message>
    <message>
        <source>COPY failed: file not found in build context or excluded by .dockerignore: stat %1: file does not exist</source>
        <translation>COPY failed: file not found in build context or excluded by .dockerignore: stat %1: file does not exist</translation>
    </message>
    <message>
        <source>When using COPY with more than one source file, the destination must be a directory and end with a /</source>
        <translation>When using COPY with more than one source file, the destination must be a directory and end with a /</translation>
    </message>
    <message>
        <source>cannot write %1 into the layer</source>
        <translation>cannot write %1 into the layer</translation>
    </message>
    <message>
        <source>cannot read the archive %1</source>
        <translation>cannot read the archive %1</translation>
    </message>
    <message>
        <source>the archive %1 is damaged</source>
        <translation>the archive %1 is damaged</translation>
    </message>
    <message>
        <source>the archive %1 has an unsafe entry %2</source>
        <translation>the archive %1 has an unsafe entry %2</translation>
    </message>
    <message>
        <source>the archive %1 is truncated at %2</source>
        <translation>the archive %1 is truncated at %2</translation>
    </message>
    <message>
        <source>cannot create a pipe for the output of RUN</source>
        <translation>cannot create a pipe for the output of RUN</translation>
    </message>
    <message>
        <source>cannot read the output of RUN</source>
        <translation>cannot read the output of RUN</translation>
    </message>
    <message>
        <source>cannot open the layer %1</source>
        <translation>cannot open the layer %1</translation>
    </message>
    <message>
        <source>RUN needs the runtime helper, which is not available</source>
        <translation>RUN needs the runtime helper, which is not available</translation>
    </message>
    <message>
        <source>The command &apos;%1&apos; returned a non-zero code: %2</source>
        <translation>The command &apos;%1&apos; returned a non-zero code: %2</translation>
    </message>
    <message>
        <source>the --mount, --network and --security options of RUN require BuildKit</source>
        <translation>the --mount, --network and --security options of RUN require BuildKit</translation>
    </message>
    <message>
        <source>%1 is not supported here</source>
        <translation>%1 is not supported here</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;-t, --tag&quot; flag: %2</source>
        <translation>invalid argument &quot;%1&quot; for &quot;-t, --tag&quot; flag: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid change command</source>
        <translation>%1 is not a valid change command</translation>
    </message>
    <message>
        <source>The image %1 of container %2 is no longer in the store.</source>
        <translation>The image %1 of container %2 is no longer in the store.</translation>
    </message>
    <message>
        <source>Container %1 is not running</source>
        <translation>Container %1 is not running</translation>
    </message>
    <message>
        <source>No such container: %1</source>
        <translation>No such container: %1</translation>
    </message>
    <message>
        <source>no command specified</source>
        <translation>no command specified</translation>
    </message>
    <message>
        <source>Invalid container name (%1), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed</source>
        <translation>Invalid container name (%1), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed</translation>
    </message>
    <message>
        <source>Conflict. The container name &quot;/%1&quot; is already in use by container &quot;%2&quot;. You have to remove (or rename) that container to be able to reuse that name.</source>
        <translation>Conflict. The container name &quot;/%1&quot; is already in use by container &quot;%2&quot;. You have to remove (or rename) that container to be able to reuse that name.</translation>
    </message>
    <message>
        <source>You cannot attach to a stopped container, start it first</source>
        <translation>You cannot attach to a stopped container, start it first</translation>
    </message>
    <message>
        <source>Container %1 has no terminal to attach to.</source>
        <translation>Container %1 has no terminal to attach to.</translation>
    </message>
    <message>
        <source>Cannot kill container: %1: Container %2 is not running</source>
        <translation>Cannot kill container: %1: Container %2 is not running</translation>
    </message>
    <message>
        <source>Container %1 is already paused</source>
        <translation>Container %1 is already paused</translation>
    </message>
    <message>
        <source>Container %1 is not paused</source>
        <translation>Container %1 is not paused</translation>
    </message>
    <message>
        <source>cannot remove container &quot;/%1&quot;: container is %2: stop the container before removing or force remove</source>
        <translation>cannot remove container &quot;/%1&quot;: container is %2: stop the container before removing or force remove</translation>
    </message>
    <message>
        <source>The runtime helper sent no log.</source>
        <translation>The runtime helper sent no log.</translation>
    </message>
    <message>
        <source>container record %1 is damaged: no valid ID</source>
        <translation>container record %1 is damaged: no valid ID</translation>
    </message>
    <message>
        <source>Cannot remove the record of container %1.</source>
        <translation>Cannot remove the record of container %1.</translation>
    </message>
    <message>
        <source>multiple IDs found with provided prefix: %1</source>
        <translation>multiple IDs found with provided prefix: %1</translation>
    </message>
    <message>
        <source>container %1 is paused, unpause the container before exec</source>
        <translation>container %1 is paused, unpause the container before exec</translation>
    </message>
    <message>
        <source>container %1 is not running</source>
        <translation>container %1 is not running</translation>
    </message>
    <message>
        <source>no file to export</source>
        <translation>no file to export</translation>
    </message>
    <message>
        <source>No stored credentials for %1.</source>
        <translation>No stored credentials for %1.</translation>
    </message>
    <message>
        <source>Cannot read the container&apos;s changes.</source>
        <translation>Cannot read the container&apos;s changes.</translation>
    </message>
    <message>
        <source>Cannot capture the container&apos;s changes.</source>
        <translation>Cannot capture the container&apos;s changes.</translation>
    </message>
    <message>
        <source>The container&apos;s changes were damaged on their way to the store.</source>
        <translation>The container&apos;s changes were damaged on their way to the store.</translation>
    </message>
    <message>
        <source>Permission denied on the Ponton runtime helper&apos;s socket %1: only root and members of the &quot;ponton&quot; group may use it. Join the group with &quot;sudo usermod -aG ponton %2&quot;, then log in again.</source>
        <translation>Permission denied on the Ponton runtime helper&apos;s socket %1: only root and members of the &quot;ponton&quot; group may use it. Join the group with &quot;sudo usermod -aG ponton %2&quot;, then log in again.</translation>
    </message>
    <message>
        <source>The Ponton runtime helper is not running (no answer at %1). Start it with &quot;sudo systemctl enable --now ponton-helper.socket&quot;.</source>
        <translation>The Ponton runtime helper is not running (no answer at %1). Start it with &quot;sudo systemctl enable --now ponton-helper.socket&quot;.</translation>
    </message>
    <message>
        <source>layer %1 is missing from the store</source>
        <translation>layer %1 is missing from the store</translation>
    </message>
    <message>
        <source>image %1: %2 layers but %3 diff_ids in its config</source>
        <translation>image %1: %2 layers but %3 diff_ids in its config</translation>
    </message>
    <message>
        <source>%1 is not a regular file in layer %2</source>
        <translation>%1 is not a regular file in layer %2</translation>
    </message>
    <message>
        <source>layer %1 holds no file %2</source>
        <translation>layer %1 holds no file %2</translation>
    </message>
    <message>
        <source>source can&apos;t be a URL for COPY</source>
        <translation>source can&apos;t be a URL for COPY</translation>
    </message>
    <message>
        <source>checksum can&apos;t be specified for non-HTTP(S) sources</source>
        <translation>checksum can&apos;t be specified for non-HTTP(S) sources</translation>
    </message>
    <message>
        <source>invalid checksum %1: expected sha256:&lt;64 hex digits&gt;</source>
        <translation>invalid checksum %1: expected sha256:&lt;64 hex digits&gt;</translation>
    </message>
    <message>
        <source>invalid URL in ADD: %1</source>
        <translation>invalid URL in ADD: %1</translation>
    </message>
    <message>
        <source>ADD cannot download %1: no downloader is available</source>
        <translation>ADD cannot download %1: no downloader is available</translation>
    </message>
    <message>
        <source>failed to download %1: %2</source>
        <translation>failed to download %1: %2</translation>
    </message>
    <message>
        <source>digest mismatch %1: %2</source>
        <translation>digest mismatch %1: %2</translation>
    </message>
    <message>
        <source>%1: no such file in the image</source>
        <translation>%1: no such file in the image</translation>
    </message>
    <message>
        <source>The runtime helper sent no file for %1.</source>
        <translation>The runtime helper sent no file for %1.</translation>
    </message>
    <message>
        <source>No runtime helper could be reached: the layers will be unpacked at the first run.</source>
        <translation>No runtime helper could be reached: the layers will be unpacked at the first run.</translation>
    </message>
    <message>
        <source>cannot create a file for the download of %1</source>
        <translation>cannot create a file for the download of %1</translation>
    </message>
    <message>
        <source>invalid response status %1</source>
        <translation>invalid response status %1</translation>
    </message>
    <message>
        <source>cannot write the download of %1</source>
        <translation>cannot write the download of %1</translation>
    </message>
    <message>
        <source>The runtime helper sent no result.</source>
        <translation>The runtime helper sent no result.</translation>
    </message>
    <message>
        <source>The runtime helper did not stop.</source>
        <translation>The runtime helper did not stop.</translation>
    </message>
    <message>
        <source>The Ponton runtime helper is not running (no answer at %1), and pkexec, which would start it, is not installed. Install pkexec, or start the helper as root: %2</source>
        <translation>The Ponton runtime helper is not running (no answer at %1), and pkexec, which would start it, is not installed. Install pkexec, or start the helper as root: %2</translation>
    </message>
    <message>
        <source>The Ponton runtime helper is not running (no answer at %1) and cannot be started: its program is unknown.</source>
        <translation>The Ponton runtime helper is not running (no answer at %1) and cannot be started: its program is unknown.</translation>
    </message>
    <message>
        <source>Cannot run pkexec to start the Ponton runtime helper.</source>
        <translation>Cannot run pkexec to start the Ponton runtime helper.</translation>
    </message>
    <message>
        <source>pkexec did not start the Ponton runtime helper: the authentication was refused or dismissed (pkexec exit code %1). A polkit authentication agent must run in your session; or start the helper as root: %2</source>
        <translation>pkexec did not start the Ponton runtime helper: the authentication was refused or dismissed (pkexec exit code %1). A polkit authentication agent must run in your session; or start the helper as root: %2</translation>
    </message>
    <message>
        <source>The Ponton runtime helper started with pkexec failed (exit code %1); see %2/helper.log.</source>
        <translation>The Ponton runtime helper started with pkexec failed (exit code %1); see %2/helper.log.</translation>
    </message>
    <message>
        <source>The Ponton runtime helper started with pkexec does not answer at %1; see %2/helper.log.</source>
        <translation>The Ponton runtime helper started with pkexec does not answer at %1; see %2/helper.log.</translation>
    </message>
    <message>
        <source>the index of %1</source>
        <translation>the index of %1</translation>
    </message>
    <message>
        <source>image %1: its index %2 is not in the store</source>
        <translation>image %1: its index %2 is not in the store</translation>
    </message>
    <message>
        <source>invalid detach keys (%1): unknown key &apos;%2&apos;; use a character or ctrl-&lt;a-z, @, [, \, ], ^ or _&gt;, separated by commas</source>
        <translation>invalid detach keys (%1): unknown key &apos;%2&apos;; use a character or ctrl-&lt;a-z, @, [, \, ], ^ or _&gt;, separated by commas</translation>
    </message>
    <message>
        <source>open %1: no such file or directory</source>
        <translation>open %1: no such file or directory</translation>
    </message>
    <message>
        <source>open %1: %2</source>
        <translation>open %1: %2</translation>
    </message>
    <message>
        <source>%1:%2: the line is not valid UTF-8</source>
        <translation>%1:%2: the line is not valid UTF-8</translation>
    </message>
    <message>
        <source>%1:%2: no variable name on line &apos;%3&apos;</source>
        <translation>%1:%2: no variable name on line &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1:%2: variable &apos;%3&apos; contains whitespaces</source>
        <translation>%1:%2: variable &apos;%3&apos; contains whitespaces</translation>
    </message>
    <message>
        <source>%1 layers but %2 diff_ids in the image config</source>
        <translation>%1 layers but %2 diff_ids in the image config</translation>
    </message>
    <message>
        <source>Skipping platform %1 of index %2: the archive does not hold %3</source>
        <translation>Skipping platform %1 of index %2: the archive does not hold %3</translation>
    </message>
    <message>
        <source>archive %1: index %2 lists the platforms %3, but the archive holds the blobs of none of them</source>
        <translation>archive %1: index %2 lists the platforms %3, but the archive holds the blobs of none of them</translation>
    </message>
    <message>
        <source>No platform of index %1 in the archive runs on %2: %3 is the one tagged</source>
        <translation>No platform of index %1 in the archive runs on %2: %3 is the one tagged</translation>
    </message>
    <message>
        <source>its manifest %1</source>
        <translation>its manifest %1</translation>
    </message>
    <message>
        <source>its config %1</source>
        <translation>its config %1</translation>
    </message>
    <message>
        <source>its layer %1</source>
        <translation>its layer %1</translation>
    </message>
    <message>
        <source>%1 (through the proxy %2)</source>
        <translation>%1 (through the proxy %2)</translation>
    </message>
    <message>
        <source>%1 names a proxy Ponton cannot use: %2 (use an http:// or socks5:// proxy).</source>
        <translation>%1 names a proxy Ponton cannot use: %2 (use an http:// or socks5:// proxy).</translation>
    </message>
    <message>
        <source>%1 is not a proxy address: %2.</source>
        <translation>%1 is not a proxy address: %2.</translation>
    </message>
    <message>
        <source>Cannot reach the registry %1 through the proxy %2.</source>
        <translation>Cannot reach the registry %1 through the proxy %2.</translation>
    </message>
    <message>
        <source>an ONBUILD trigger of the base image copies from stage %1, which this build did not know it needed when it started: the base image was not in the store then. Build again now that it is.</source>
        <translation>an ONBUILD trigger of the base image copies from stage %1, which this build did not know it needed when it started: the base image was not in the store then. Build again now that it is.</translation>
    </message>
</context>
<context>
    <name>Ponton::Cli</name>
    <message>
        <source>unknown flag: --%1</source>
        <translation>unknown flag: --%1</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;--%2&quot; flag: expected true or false</source>
        <translation>invalid argument &quot;%1&quot; for &quot;--%2&quot; flag: expected true or false</translation>
    </message>
    <message>
        <source>flag needs an argument: --%1</source>
        <translation>flag needs an argument: --%1</translation>
    </message>
    <message>
        <source>unknown shorthand flag: &apos;%1&apos; in -%2</source>
        <translation>unknown shorthand flag: &apos;%1&apos; in -%2</translation>
    </message>
    <message>
        <source>flag needs an argument: &apos;%1&apos; in -%2</source>
        <translation>flag needs an argument: &apos;%1&apos; in -%2</translation>
    </message>
    <message>
        <source>Usage:  ponton %1 %2</source>
        <translation>Usage:  ponton %1 %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>See &apos;ponton %1 --help&apos;.</source>
        <translation>See &apos;ponton %1 --help&apos;.</translation>
    </message>
    <message>
        <source>&quot;ponton&quot; requires a different number of arguments.</source>
        <translation>&quot;ponton&quot; requires a different number of arguments.</translation>
    </message>
    <message>
        <source>Less than a second</source>
        <translation>Less than a second</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>About a minute</source>
        <translation>About a minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>About an hour</source>
        <translation>About an hour</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>[OPTIONS] [REPOSITORY[:TAG]]</source>
        <translation>[OPTIONS] [REPOSITORY[:TAG]]</translation>
    </message>
    <message>
        <source>List images</source>
        <translation>List images</translation>
    </message>
    <message>
        <source>Show all images (default hides intermediate images)</source>
        <translation>Show all images (default hides intermediate images)</translation>
    </message>
    <message>
        <source>Show digests</source>
        <translation>Show digests</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filter</translation>
    </message>
    <message>
        <source>Filter output based on conditions provided</source>
        <translation>Filter output based on conditions provided</translation>
    </message>
    <message>
        <source>Don&apos;t truncate output</source>
        <translation>Don&apos;t truncate output</translation>
    </message>
    <message>
        <source>Only show image IDs</source>
        <translation>Only show image IDs</translation>
    </message>
    <message>
        <source>invalid filter &apos;%1&apos;</source>
        <translation>invalid filter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation>REPOSITORY</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>DIGEST</source>
        <translation>DIGEST</translation>
    </message>
    <message>
        <source>IMAGE ID</source>
        <translation>IMAGE ID</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATED</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]</source>
        <translation>SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]</translation>
    </message>
    <message>
        <source>Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE</source>
        <translation>Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE</translation>
    </message>
    <message>
        <source>[OPTIONS] IMAGE [IMAGE...]</source>
        <translation>[OPTIONS] IMAGE [IMAGE...]</translation>
    </message>
    <message>
        <source>Remove one or more images</source>
        <translation>Remove one or more images</translation>
    </message>
    <message>
        <source>Force removal of the image</source>
        <translation>Force removal of the image</translation>
    </message>
    <message>
        <source>Do not delete untagged parents</source>
        <translation>Do not delete untagged parents</translation>
    </message>
    <message>
        <source>Untagged: %1</source>
        <translation>Untagged: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Deleted: %1</translation>
    </message>
    <message>
        <source>[OPTIONS] IMAGE</source>
        <translation>[OPTIONS] IMAGE</translation>
    </message>
    <message>
        <source>Show the history of an image</source>
        <translation>Show the history of an image</translation>
    </message>
    <message>
        <source>Print sizes and dates in human readable format (default true)</source>
        <translation>Print sizes and dates in human readable format (default true)</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>CREATED BY</translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation>COMMENT</translation>
    </message>
    <message>
        <source>Display detailed information on one or more images</source>
        <translation>Display detailed information on one or more images</translation>
    </message>
    <message>
        <source>Save one or more images to a tar archive (streamed to STDOUT by default)</source>
        <translation>Save one or more images to a tar archive (streamed to STDOUT by default)</translation>
    </message>
    <message>
        <source>string</source>
        <translation>string</translation>
    </message>
    <message>
        <source>Archive format: &quot;docker&quot; (docker-archive, the default) or &quot;oci&quot;</source>
        <translation>Archive format: &quot;docker&quot; (docker-archive, the default) or &quot;oci&quot;</translation>
    </message>
    <message>
        <source>Write to a file, instead of STDOUT</source>
        <translation>Write to a file, instead of STDOUT</translation>
    </message>
    <message>
        <source>unknown archive format &quot;%1&quot;: use docker or oci</source>
        <translation>unknown archive format &quot;%1&quot;: use docker or oci</translation>
    </message>
    <message>
        <source>cowardly refusing to save to a terminal. Use the -o flag or redirect</source>
        <translation>cowardly refusing to save to a terminal. Use the -o flag or redirect</translation>
    </message>
    <message>
        <source>[OPTIONS]</source>
        <translation>[OPTIONS]</translation>
    </message>
    <message>
        <source>Load an image from a tar archive or STDIN</source>
        <translation>Load an image from a tar archive or STDIN</translation>
    </message>
    <message>
        <source>Read from tar archive file, instead of STDIN</source>
        <translation>Read from tar archive file, instead of STDIN</translation>
    </message>
    <message>
        <source>Suppress the load output</source>
        <translation>Suppress the load output</translation>
    </message>
    <message>
        <source>requested load from stdin, but stdin is empty</source>
        <translation>requested load from stdin, but stdin is empty</translation>
    </message>
    <message>
        <source>Usage:  ponton [OPTIONS] COMMAND</source>
        <translation>Usage:  ponton [OPTIONS] COMMAND</translation>
    </message>
    <message>
        <source>A workbench for container images</source>
        <translation>A workbench for container images</translation>
    </message>
    <message>
        <source>Store location (default $PONTON_ROOT, else $XDG_DATA_HOME/ponton, /var/lib/ponton for root)</source>
        <translation>Store location (default $PONTON_ROOT, else $XDG_DATA_HOME/ponton, /var/lib/ponton for root)</translation>
    </message>
    <message>
        <source>Print version information and quit</source>
        <translation>Print version information and quit</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run &apos;ponton COMMAND --help&apos; for more information on a command.</source>
        <translation>Run &apos;ponton COMMAND --help&apos; for more information on a command.</translation>
    </message>
    <message>
        <source>Ponton version %1</source>
        <translation>Ponton version %1</translation>
    </message>
    <message>
        <source>unknown flag: %1</source>
        <translation>unknown flag: %1</translation>
    </message>
    <message>
        <source>See &apos;ponton --help&apos;.</source>
        <translation>See &apos;ponton --help&apos;.</translation>
    </message>
    <message>
        <source>ponton: &apos;%1&apos; is not a ponton command.</source>
        <translation>ponton: &apos;%1&apos; is not a ponton command.</translation>
    </message>
    <message>
        <source>See &apos;ponton --help&apos;</source>
        <translation>See &apos;ponton --help&apos;</translation>
    </message>
    <message>
        <source>Verify every blob&apos;s digest and every reference of the store</source>
        <translation>Verify every blob&apos;s digest and every reference of the store</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problem: %1</translation>
    </message>
    <message numerus="yes">
        <source>The store is inconsistent: %n problem(s).</source>
        <translation>
            <numerusform>The store is inconsistent: %n problem.</numerusform>
            <numerusform>The store is inconsistent: %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store is consistent: %1 images, %2 blobs checked.</source>
        <translation>The store is consistent: %1 images, %2 blobs checked.</translation>
    </message>
    <message>
        <source>Show disk usage</source>
        <translation>Show disk usage</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVE</translation>
    </message>
    <message>
        <source>RECLAIMABLE</source>
        <translation>RECLAIMABLE</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <source>Are you sure you want to continue? [y/N]</source>
        <translation>Are you sure you want to continue? [y/N]</translation>
    </message>
    <message>
        <source>Remove unused data</source>
        <translation>Remove unused data</translation>
    </message>
    <message>
        <source>Remove all unused images not just dangling ones</source>
        <translation>Remove all unused images not just dangling ones</translation>
    </message>
    <message>
        <source>Do not prompt for confirmation</source>
        <translation>Do not prompt for confirmation</translation>
    </message>
    <message>
        <source>WARNING! This will remove all images without at least one container associated to them.</source>
        <translation>WARNING! This will remove all images without at least one container associated to them.</translation>
    </message>
    <message>
        <source>WARNING! This will remove all dangling images.</source>
        <translation>WARNING! This will remove all dangling images.</translation>
    </message>
    <message>
        <source>Deleted Images:</source>
        <translation>Deleted Images:</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>deleted: %1</translation>
    </message>
    <message>
        <source>Total reclaimed space: %1</source>
        <translation>Total reclaimed space: %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; for &quot;ponton system&quot;</source>
        <translation>unknown command &quot;%1&quot; for &quot;ponton system&quot;</translation>
    </message>
    <message>
        <source>Usage:  ponton system COMMAND</source>
        <translation>Usage:  ponton system COMMAND</translation>
    </message>
    <message>
        <source>Manage Ponton</source>
        <translation>Manage Ponton</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>style</source>
        <translation>style</translation>
    </message>
    <message>
        <source>Check a Dockerfile against good practices</source>
        <translation>Check a Dockerfile against good practices</translation>
    </message>
    <message>
        <source>Name of the Dockerfile (default &quot;Dockerfile&quot;; &quot;-&quot; reads STDIN)</source>
        <translation>Name of the Dockerfile (default &quot;Dockerfile&quot;; &quot;-&quot; reads STDIN)</translation>
    </message>
    <message>
        <source>Explain each rule that fires</source>
        <translation>Explain each rule that fires</translation>
    </message>
    <message>
        <source>cannot read Dockerfile %1: %2</source>
        <translation>cannot read Dockerfile %1: %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Downloading</translation>
    </message>
    <message>
        <source>Verifying Checksum</source>
        <translation>Verifying Checksum</translation>
    </message>
    <message>
        <source>Download complete</source>
        <translation>Download complete</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>Already exists</translation>
    </message>
    <message>
        <source>Pull complete</source>
        <translation>Pull complete</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Pushing</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Pushed</translation>
    </message>
    <message>
        <source>Mounted from %1</source>
        <translation>Mounted from %1</translation>
    </message>
    <message>
        <source>Pulling fs layer</source>
        <translation>Pulling fs layer</translation>
    </message>
    <message>
        <source>[OPTIONS] NAME[:TAG|@DIGEST]</source>
        <translation>[OPTIONS] NAME[:TAG|@DIGEST]</translation>
    </message>
    <message>
        <source>Download an image from a registry</source>
        <translation>Download an image from a registry</translation>
    </message>
    <message>
        <source>Set platform if server is multi-platform capable</source>
        <translation>Set platform if server is multi-platform capable</translation>
    </message>
    <message>
        <source>Suppress verbose output</source>
        <translation>Suppress verbose output</translation>
    </message>
    <message>
        <source>Using default tag: latest</source>
        <translation>Using default tag: latest</translation>
    </message>
    <message>
        <source>%1: Pulling from %2</source>
        <translation>%1: Pulling from %2</translation>
    </message>
    <message>
        <source>Digest: %1</source>
        <translation>Digest: %1</translation>
    </message>
    <message>
        <source>Status: Image is up to date for %1</source>
        <translation>Status: Image is up to date for %1</translation>
    </message>
    <message>
        <source>Status: Downloaded newer image for %1</source>
        <translation>Status: Downloaded newer image for %1</translation>
    </message>
    <message>
        <source>[OPTIONS] NAME[:TAG]</source>
        <translation>[OPTIONS] NAME[:TAG]</translation>
    </message>
    <message>
        <source>Upload an image to a registry</source>
        <translation>Upload an image to a registry</translation>
    </message>
    <message>
        <source>The push refers to repository [%1]</source>
        <translation>The push refers to repository [%1]</translation>
    </message>
    <message>
        <source>%1: digest: %2 size: %3</source>
        <translation>%1: digest: %2 size: %3</translation>
    </message>
    <message>
        <source>Sending build context to Ponton  %1</source>
        <translation>Sending build context to Ponton  %1</translation>
    </message>
    <message>
        <source>Step %1/%2 : %3</source>
        <translation>Step %1/%2 : %3</translation>
    </message>
    <message>
        <source>Using cache</source>
        <translation>Using cache</translation>
    </message>
    <message>
        <source>Cache miss: %1</source>
        <translation>Cache miss: %1</translation>
    </message>
    <message>
        <source>Running in %1</source>
        <translation>Running in %1</translation>
    </message>
    <message>
        <source>Removed intermediate container %1</source>
        <translation>Removed intermediate container %1</translation>
    </message>
    <message>
        <source>Step %1 took %2s</source>
        <translation>Step %1 took %2s</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;%2&quot; flag</source>
        <translation>invalid argument &quot;%1&quot; for &quot;%2&quot; flag</translation>
    </message>
    <message>
        <source>[OPTIONS] PATH | -</source>
        <translation>[OPTIONS] PATH | -</translation>
    </message>
    <message>
        <source>Build an image from a Dockerfile</source>
        <translation>Build an image from a Dockerfile</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>Name and optionally a tag in the &quot;name:tag&quot; format</source>
        <translation>Name and optionally a tag in the &quot;name:tag&quot; format</translation>
    </message>
    <message>
        <source>Name of the Dockerfile (Default is &quot;PATH/Dockerfile&quot;)</source>
        <translation>Name of the Dockerfile (Default is &quot;PATH/Dockerfile&quot;)</translation>
    </message>
    <message>
        <source>Set build-time variables</source>
        <translation>Set build-time variables</translation>
    </message>
    <message>
        <source>Set metadata for an image</source>
        <translation>Set metadata for an image</translation>
    </message>
    <message>
        <source>Set the target build stage to build</source>
        <translation>Set the target build stage to build</translation>
    </message>
    <message>
        <source>Type of progress output: classic or plain</source>
        <translation>Type of progress output: classic or plain</translation>
    </message>
    <message>
        <source>Do not use cache when building the image</source>
        <translation>Do not use cache when building the image</translation>
    </message>
    <message>
        <source>Always attempt to pull a newer version of the image</source>
        <translation>Always attempt to pull a newer version of the image</translation>
    </message>
    <message>
        <source>Suppress the build output and print image ID on success</source>
        <translation>Suppress the build output and print image ID on success</translation>
    </message>
    <message>
        <source>Remove intermediate containers after a successful build (default true)</source>
        <translation>Remove intermediate containers after a successful build (default true)</translation>
    </message>
    <message>
        <source>Always remove intermediate containers</source>
        <translation>Always remove intermediate containers</translation>
    </message>
    <message>
        <source>invalid progress type %1: use classic or plain</source>
        <translation>invalid progress type %1: use classic or plain</translation>
    </message>
    <message>
        <source>Successfully built %1</source>
        <translation>Successfully built %1</translation>
    </message>
    <message>
        <source>Successfully tagged %1</source>
        <translation>Successfully tagged %1</translation>
    </message>
    <message>
        <source>Up %1</source>
        <translation>Up %1</translation>
    </message>
    <message>
        <source>Up %1 (Paused)</source>
        <translation>Up %1 (Paused)</translation>
    </message>
    <message>
        <source>Exited (%1) %2</source>
        <translation>Exited (%1) %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>List containers</source>
        <translation>List containers</translation>
    </message>
    <message>
        <source>Show all containers (default shows just running)</source>
        <translation>Show all containers (default shows just running)</translation>
    </message>
    <message>
        <source>Show the latest created container (includes all states)</source>
        <translation>Show the latest created container (includes all states)</translation>
    </message>
    <message>
        <source>Only display container IDs</source>
        <translation>Only display container IDs</translation>
    </message>
    <message>
        <source>CONTAINER ID</source>
        <translation>CONTAINER ID</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>PORTS</source>
        <translation>PORTS</translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation>NAMES</translation>
    </message>
    <message>
        <source>[OPTIONS] CONTAINER [CONTAINER...]</source>
        <translation>[OPTIONS] CONTAINER [CONTAINER...]</translation>
    </message>
    <message>
        <source>Stop one or more running containers</source>
        <translation>Stop one or more running containers</translation>
    </message>
    <message>
        <source>int</source>
        <translation>int</translation>
    </message>
    <message>
        <source>Seconds to wait for stop before killing it (default 10)</source>
        <translation>Seconds to wait for stop before killing it (default 10)</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;-t, --time&quot; flag</source>
        <translation>invalid argument &quot;%1&quot; for &quot;-t, --time&quot; flag</translation>
    </message>
    <message>
        <source>Kill one or more running containers</source>
        <translation>Kill one or more running containers</translation>
    </message>
    <message>
        <source>Signal to send to the container (default &quot;KILL&quot;)</source>
        <translation>Signal to send to the container (default &quot;KILL&quot;)</translation>
    </message>
    <message>
        <source>invalid signal: %1</source>
        <translation>invalid signal: %1</translation>
    </message>
    <message>
        <source>CONTAINER [CONTAINER...]</source>
        <translation>CONTAINER [CONTAINER...]</translation>
    </message>
    <message>
        <source>Pause all processes within one or more containers</source>
        <translation>Pause all processes within one or more containers</translation>
    </message>
    <message>
        <source>Unpause all processes within one or more containers</source>
        <translation>Unpause all processes within one or more containers</translation>
    </message>
    <message>
        <source>Remove one or more containers</source>
        <translation>Remove one or more containers</translation>
    </message>
    <message>
        <source>Force the removal of a running container (uses SIGKILL)</source>
        <translation>Force the removal of a running container (uses SIGKILL)</translation>
    </message>
    <message>
        <source>[OPTIONS] CONTAINER</source>
        <translation>[OPTIONS] CONTAINER</translation>
    </message>
    <message>
        <source>Fetch the logs of a container</source>
        <translation>Fetch the logs of a container</translation>
    </message>
    <message>
        <source>Follow log output</source>
        <translation>Follow log output</translation>
    </message>
    <message>
        <source>CONTAINER</source>
        <translation>CONTAINER</translation>
    </message>
    <message>
        <source>Inspect changes to files or directories on a container&apos;s filesystem</source>
        <translation>Inspect changes to files or directories on a container&apos;s filesystem</translation>
    </message>
    <message>
        <source>[OPTIONS] CONTAINER [REPOSITORY[:TAG]]</source>
        <translation>[OPTIONS] CONTAINER [REPOSITORY[:TAG]]</translation>
    </message>
    <message>
        <source>Create a new image from a container&apos;s changes</source>
        <translation>Create a new image from a container&apos;s changes</translation>
    </message>
    <message>
        <source>Author (e.g., &quot;John Hannibal Smith &lt;hannibal@a-team.com&gt;&quot;)</source>
        <translation>Author (e.g., &quot;John Hannibal Smith &lt;hannibal@a-team.com&gt;&quot;)</translation>
    </message>
    <message>
        <source>Apply Dockerfile instruction to the created image</source>
        <translation>Apply Dockerfile instruction to the created image</translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation>Commit message</translation>
    </message>
    <message>
        <source>Pause container during commit (default true)</source>
        <translation>Pause container during commit (default true)</translation>
    </message>
    <message>
        <source>Do not pause the container during commit</source>
        <translation>Do not pause the container during commit</translation>
    </message>
    <message>
        <source>Error response from daemon: %1</source>
        <translation>Error response from daemon: %1</translation>
    </message>
    <message>
        <source>read escape sequence</source>
        <translation>read escape sequence</translation>
    </message>
    <message>
        <source>[OPTIONS] CONTAINER COMMAND [ARG...]</source>
        <translation>[OPTIONS] CONTAINER COMMAND [ARG...]</translation>
    </message>
    <message>
        <source>Execute a command in a running container</source>
        <translation>Execute a command in a running container</translation>
    </message>
    <message>
        <source>Detached mode: run command in the background</source>
        <translation>Detached mode: run command in the background</translation>
    </message>
    <message>
        <source>Set environment variables</source>
        <translation>Set environment variables</translation>
    </message>
    <message>
        <source>Keep STDIN open even if not attached</source>
        <translation>Keep STDIN open even if not attached</translation>
    </message>
    <message>
        <source>Allocate a pseudo-TTY</source>
        <translation>Allocate a pseudo-TTY</translation>
    </message>
    <message>
        <source>Username or UID (format: &quot;&lt;name|uid&gt;[:&lt;group|gid&gt;]&quot;)</source>
        <translation>Username or UID (format: &quot;&lt;name|uid&gt;[:&lt;group|gid&gt;]&quot;)</translation>
    </message>
    <message>
        <source>Working directory inside the container</source>
        <translation>Working directory inside the container</translation>
    </message>
    <message>
        <source>the input device is not a TTY</source>
        <translation>the input device is not a TTY</translation>
    </message>
    <message>
        <source>OCI runtime exec failed: exec failed: unable to start container process: %1: unknown</source>
        <translation>OCI runtime exec failed: exec failed: unable to start container process: %1: unknown</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>Extracting</translation>
    </message>
    <message>
        <source>--password and --password-stdin are mutually exclusive</source>
        <translation>--password and --password-stdin are mutually exclusive</translation>
    </message>
    <message>
        <source>Must provide --username with --password-stdin</source>
        <translation>Must provide --username with --password-stdin</translation>
    </message>
    <message>
        <source>WARNING! Using --password via the CLI is insecure. Use --password-stdin.</source>
        <translation>WARNING! Using --password via the CLI is insecure. Use --password-stdin.</translation>
    </message>
    <message>
        <source>Cannot perform an interactive login from a non TTY device</source>
        <translation>Cannot perform an interactive login from a non TTY device</translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>Username: </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Username and password are required</source>
        <translation>Username and password are required</translation>
    </message>
    <message>
        <source>[OPTIONS] [SERVER]</source>
        <translation>[OPTIONS] [SERVER]</translation>
    </message>
    <message>
        <source>Log in to a registry.
If no server is specified, the default is defined by the daemon.</source>
        <translation>Log in to a registry.
If no server is specified, the default is defined by the daemon.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Take the password from stdin</source>
        <translation>Take the password from stdin</translation>
    </message>
    <message>
        <source>Authenticating with existing credentials...</source>
        <translation>Authenticating with existing credentials...</translation>
    </message>
    <message>
        <source>WARNING! Your password will be stored unencrypted in %1.</source>
        <translation>WARNING! Your password will be stored unencrypted in %1.</translation>
    </message>
    <message>
        <source>Configure a credential helper to remove this warning. See</source>
        <translation>Configure a credential helper to remove this warning. See</translation>
    </message>
    <message>
        <source>Login Succeeded</source>
        <translation>Login Succeeded</translation>
    </message>
    <message>
        <source>[SERVER]</source>
        <translation>[SERVER]</translation>
    </message>
    <message>
        <source>Log out from a registry.
If no server is specified, the default is defined by the daemon.</source>
        <translation>Log out from a registry.
If no server is specified, the default is defined by the daemon.</translation>
    </message>
    <message>
        <source>Removing login credentials for %1</source>
        <translation>Removing login credentials for %1</translation>
    </message>
    <message>
        <source>Not logged in to %1</source>
        <translation>Not logged in to %1</translation>
    </message>
    <message>
        <source>Log in to a registry</source>
        <translation>Log in to a registry</translation>
    </message>
    <message>
        <source>Log out from a registry</source>
        <translation>Log out from a registry</translation>
    </message>
    <message>
        <source>repository %1 has no tags</source>
        <translation>repository %1 has no tags</translation>
    </message>
    <message>
        <source>Download all tagged images in the repository</source>
        <translation>Download all tagged images in the repository</translation>
    </message>
    <message>
        <source>tag can&apos;t be used with --all-tags/-a</source>
        <translation>tag can&apos;t be used with --all-tags/-a</translation>
    </message>
    <message>
        <source>Run container in background and print container ID</source>
        <translation>Run container in background and print container ID</translation>
    </message>
    <message>
        <source>Overwrite the default ENTRYPOINT of the image</source>
        <translation>Overwrite the default ENTRYPOINT of the image</translation>
    </message>
    <message>
        <source>Read in a file of environment variables</source>
        <translation>Read in a file of environment variables</translation>
    </message>
    <message>
        <source>Container host name</source>
        <translation>Container host name</translation>
    </message>
    <message>
        <source>Assign a name to the container</source>
        <translation>Assign a name to the container</translation>
    </message>
    <message>
        <source>network</source>
        <translation>network</translation>
    </message>
    <message>
        <source>Connect a container to a network (host or none)</source>
        <translation>Connect a container to a network (host or none)</translation>
    </message>
    <message>
        <source>Automatically remove the container when it exits</source>
        <translation>Automatically remove the container when it exits</translation>
    </message>
    <message>
        <source>Username or UID (format: &lt;name|uid&gt;[:&lt;group|gid&gt;])</source>
        <translation>Username or UID (format: &lt;name|uid&gt;[:&lt;group|gid&gt;])</translation>
    </message>
    <message>
        <source>Bind mount a volume</source>
        <translation>Bind mount a volume</translation>
    </message>
    <message>
        <source>invalid volume specification: &apos;%1&apos;</source>
        <translation>invalid volume specification: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>network %1 not found</source>
        <translation>network %1 not found</translation>
    </message>
    <message>
        <source>Unable to find image &apos;%1&apos; locally</source>
        <translation>Unable to find image &apos;%1&apos; locally</translation>
    </message>
    <message>
        <source>[OPTIONS] IMAGE [COMMAND] [ARG...]</source>
        <translation>[OPTIONS] IMAGE [COMMAND] [ARG...]</translation>
    </message>
    <message>
        <source>Create and run a new container from an image</source>
        <translation>Create and run a new container from an image</translation>
    </message>
    <message>
        <source>Create a new container</source>
        <translation>Create a new container</translation>
    </message>
    <message>
        <source>Start one or more stopped containers</source>
        <translation>Start one or more stopped containers</translation>
    </message>
    <message>
        <source>Attach STDOUT/STDERR and forward signals</source>
        <translation>Attach STDOUT/STDERR and forward signals</translation>
    </message>
    <message>
        <source>Attach container&apos;s STDIN</source>
        <translation>Attach container&apos;s STDIN</translation>
    </message>
    <message>
        <source>you cannot start and attach multiple containers at once</source>
        <translation>you cannot start and attach multiple containers at once</translation>
    </message>
    <message>
        <source>Attach local standard input, output, and error streams to a running container</source>
        <translation>Attach local standard input, output, and error streams to a running container</translation>
    </message>
    <message>
        <source>Do not attach STDIN</source>
        <translation>Do not attach STDIN</translation>
    </message>
    <message>
        <source>Loading layer</source>
        <translation>Loading layer</translation>
    </message>
    <message>
        <source>Username (%1): </source>
        <translation>Username (%1): </translation>
    </message>
    <message>
        <source>Override the key sequence for detaching a container</source>
        <translation>Override the key sequence for detaching a container</translation>
    </message>
    <message>
        <source>%1 (&quot;detachKeys&quot; in %2)</source>
        <translation>%1 (&quot;detachKeys&quot; in %2)</translation>
    </message>
    <message>
        <source>Give extended privileges to the command</source>
        <translation>Give extended privileges to the command</translation>
    </message>
    <message>
        <source>Give extended privileges to this container</source>
        <translation>Give extended privileges to this container</translation>
    </message>
    <message>
        <source>Remove unused images</source>
        <translation>Remove unused images</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; for &quot;ponton image&quot;</source>
        <translation>unknown command &quot;%1&quot; for &quot;ponton image&quot;</translation>
    </message>
    <message>
        <source>Usage:  ponton image COMMAND</source>
        <translation>Usage:  ponton image COMMAND</translation>
    </message>
    <message>
        <source>Manage images</source>
        <translation>Manage images</translation>
    </message>
    <message>
        <source>Publish a container&apos;s port(s) to the host</source>
        <translation>Publish a container&apos;s port(s) to the host</translation>
    </message>
    <message>
        <source>Publish all exposed ports to random ports</source>
        <translation>Publish all exposed ports to random ports</translation>
    </message>
    <message>
        <source>invalid publish specification &apos;%1&apos;: unknown protocol &apos;%2&apos; (tcp, udp or sctp)</source>
        <translation>invalid publish specification &apos;%1&apos;: unknown protocol &apos;%2&apos; (tcp, udp or sctp)</translation>
    </message>
    <message>
        <source>invalid publish specification &apos;%1&apos;: unclosed IPv6 address</source>
        <translation>invalid publish specification &apos;%1&apos;: unclosed IPv6 address</translation>
    </message>
    <message>
        <source>invalid publish specification &apos;%1&apos;: expected [ip:][hostPort:]containerPort[/protocol]</source>
        <translation>invalid publish specification &apos;%1&apos;: expected [ip:][hostPort:]containerPort[/protocol]</translation>
    </message>
    <message>
        <source>invalid publish specification &apos;%1&apos;: invalid container port &apos;%2&apos;</source>
        <translation>invalid publish specification &apos;%1&apos;: invalid container port &apos;%2&apos;</translation>
    </message>
    <message>
        <source>invalid publish specification &apos;%1&apos;: invalid host port &apos;%2&apos;</source>
        <translation>invalid publish specification &apos;%1&apos;: invalid host port &apos;%2&apos;</translation>
    </message>
    <message>
        <source>invalid publish specification &apos;%1&apos;: the host and container port ranges differ in size</source>
        <translation>invalid publish specification &apos;%1&apos;: the host and container port ranges differ in size</translation>
    </message>
    <message>
        <source>WARNING: Published ports are discarded when using network mode none: the container has no network.</source>
        <translation>WARNING: Published ports are discarded when using network mode none: the container has no network.</translation>
    </message>
    <message>
        <source>WARNING: Published ports are discarded when using host network mode</source>
        <translation>WARNING: Published ports are discarded when using host network mode</translation>
    </message>
    <message>
        <source>Ponton runs containers in the host&apos;s network: a program listening on %1 in the container is reached on the same port of the host.</source>
        <translation>Ponton runs containers in the host&apos;s network: a program listening on %1 in the container is reached on the same port of the host.</translation>
    </message>
    <message>
        <source>Ponton runs containers in the host&apos;s network: the ports the image exposes are the host&apos;s own.</source>
        <translation>Ponton runs containers in the host&apos;s network: the ports the image exposes are the host&apos;s own.</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::BuildStepModel</name>
    <message>
        <source>cache disabled (--no-cache)</source>
        <translation>cache disabled (--no-cache)</translation>
    </message>
    <message>
        <source>never built before</source>
        <translation>never built before</translation>
    </message>
    <message>
        <source>the instruction changed</source>
        <translation>the instruction changed</translation>
    </message>
    <message>
        <source>a build argument changed</source>
        <translation>a build argument changed</translation>
    </message>
    <message>
        <source>a source file changed</source>
        <translation>a source file changed</translation>
    </message>
    <message>
        <source>built on another parent image</source>
        <translation>built on another parent image</translation>
    </message>
    <message>
        <source>an earlier step was rebuilt</source>
        <translation>an earlier step was rebuilt</translation>
    </message>
    <message>
        <source>cache hit</source>
        <translation>cache hit</translation>
    </message>
    <message>
        <source>no cache needed</source>
        <translation>no cache needed</translation>
    </message>
    <message>
        <source>cache miss: %1</source>
        <translation>cache miss: %1</translation>
    </message>
    <message>
        <source>cache miss: %1 (%2)</source>
        <translation>cache miss: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 added, %2 modified, %3 removed</source>
        <translation>%1 added, %2 modified, %3 removed</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>running…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Layer size</source>
        <translation>Layer size</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::BuildView</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>Open a Dockerfile</source>
        <translation>Open a Dockerfile</translation>
    </message>
    <message>
        <source>Build context folder</source>
        <translation>Build context folder</translation>
    </message>
    <message>
        <source>Build context archive</source>
        <translation>Build context archive</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip archives (*.zip)</translation>
    </message>
    <message>
        <source>Choose the build context first: the folder (or .zip) whose files COPY and ADD can use.</source>
        <translation>Choose the build context first: the folder (or .zip) whose files COPY and ADD can use.</translation>
    </message>
    <message>
        <source>Saving the Dockerfile…</source>
        <translation>Saving the Dockerfile…</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>Building…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Canceling…</translation>
    </message>
    <message numerus="yes">
        <source>Built %1 in %n step(s), %2 from the cache.</source>
        <translation>
            <numerusform>Built %1 in %n step, %2 from the cache.</numerusform>
            <numerusform>Built %1 in %n steps, %2 from the cache.</numerusform>
        </translation>
    </message>
    <message>
        <source>Build canceled.</source>
        <translation>Build canceled.</translation>
    </message>
    <message>
        <source>Build failed: %1</source>
        <translation>Build failed: %1</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Command: %1</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Context:</translation>
    </message>
    <message>
        <source>The folder or .zip whose files the Dockerfile can COPY</source>
        <translation>The folder or .zip whose files the Dockerfile can COPY</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <source>Zip…</source>
        <translation>Zip…</translation>
    </message>
    <message>
        <source>Dockerfile:</source>
        <translation>Dockerfile:</translation>
    </message>
    <message>
        <source>Dockerfile in the context</source>
        <translation>Dockerfile in the context</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>name:tag (several: separated by spaces)</source>
        <translation>name:tag (several: separated by spaces)</translation>
    </message>
    <message>
        <source>Build arguments:</source>
        <translation>Build arguments:</translation>
    </message>
    <message>
        <source>NAME=value NAME2=value</source>
        <translation>NAME=value NAME2=value</translation>
    </message>
    <message>
        <source>Without cache</source>
        <translation>Without cache</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Rebuild</translation>
    </message>
    <message>
        <source>Build again with the settings of the last build</source>
        <translation>Build again with the settings of the last build</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open a terminal in this step&apos;s image</source>
        <translation>Open a terminal in this step&apos;s image</translation>
    </message>
    <message>
        <source>FROM alpine
RUN apk add curl</source>
        <translation>FROM alpine
RUN apk add curl</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::CommitDialog</name>
    <message>
        <source>Commit %1</source>
        <translation>Commit %1</translation>
    </message>
    <message>
        <source>Reading the container&apos;s changes…</source>
        <translation>Reading the container&apos;s changes…</translation>
    </message>
    <message>
        <source>What changed, e.g. install curl</source>
        <translation>What changed, e.g. install curl</translation>
    </message>
    <message>
        <source>repository:tag, e.g. alpine:curl</source>
        <translation>repository:tag, e.g. alpine:curl</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message:</translation>
    </message>
    <message>
        <source>New image:</source>
        <translation>New image:</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>The new layer will hold these changes (A added, C modified, D removed):</source>
        <translation>The new layer will hold these changes (A added, C modified, D removed):</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Command: %1</translation>
    </message>
    <message>
        <source>The changes cannot be read: %1</source>
        <translation>The changes cannot be read: %1</translation>
    </message>
    <message>
        <source>Nothing changed: the new image would have an empty layer.</source>
        <translation>Nothing changed: the new image would have an empty layer.</translation>
    </message>
    <message>
        <source>%1 added, %2 modified, %3 removed: about %4 of files in the new layer.</source>
        <translation>%1 added, %2 modified, %3 removed: about %4 of files in the new layer.</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::ContainerTableModel</name>
    <message>
        <source>Less than a second</source>
        <translation>Less than a second</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>Up %1</source>
        <translation>Up %1</translation>
    </message>
    <message>
        <source>Up %1 (Paused)</source>
        <translation>Up %1 (Paused)</translation>
    </message>
    <message>
        <source>Exited (%1) %2</source>
        <translation>Exited (%1) %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Container ID</source>
        <translation>Container ID</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::ContainersView</name>
    <message>
        <source>Remove the container</source>
        <translation>Remove the container</translation>
    </message>
    <message>
        <source>The container %1 is running. Stop it and remove it, with its changes that no image holds?</source>
        <translation>The container %1 is running. Stop it and remove it, with its changes that no image holds?</translation>
    </message>
    <message>
        <source>Remove the container %1, with its changes that no image holds?</source>
        <translation>Remove the container %1, with its changes that no image holds?</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Command: %1</translation>
    </message>
    <message>
        <source>Cannot list the containers: %1</source>
        <translation>Cannot list the containers: %1</translation>
    </message>
    <message>
        <source>run</source>
        <translation>run</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>attach</source>
        <translation>attach</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>stop</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>resume</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>remove</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>commit</translation>
    </message>
    <message>
        <source>Is ponton-helper installed and allowed to run? The status bar shows its state.</source>
        <translation>Is ponton-helper installed and allowed to run? The status bar shows its state.</translation>
    </message>
    <message>
        <source>Refresh the list: the container or image may have been removed meanwhile.</source>
        <translation>Refresh the list: the container or image may have been removed meanwhile.</translation>
    </message>
    <message>
        <source>Stop the container first, or check that it is in the state this action needs.</source>
        <translation>Stop the container first, or check that it is in the state this action needs.</translation>
    </message>
    <message>
        <source>Cannot %1: %2</source>
        <translation>Cannot %1: %2</translation>
    </message>
    <message>
        <source>Cannot %1: %2
%3</source>
        <translation>Cannot %1: %2
%3</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <source>Working: %1</source>
        <translation>Working: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Container %1 started (it has no terminal: see its logs).</source>
        <translation>Container %1 started (it has no terminal: see its logs).</translation>
    </message>
    <message>
        <source>Detached from %1: it keeps running.</source>
        <translation>Detached from %1: it keeps running.</translation>
    </message>
    <message>
        <source>The shell of %1 has ended.</source>
        <translation>The shell of %1 has ended.</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (ended)</translation>
    </message>
    <message>
        <source>Attached to %1.</source>
        <translation>Attached to %1.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>Paused: its processes are frozen.</source>
        <translation>Paused: its processes are frozen.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Resumed.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Removed.</translation>
    </message>
    <message>
        <source>New image %1 (%2), layer of %3 bytes.</source>
        <translation>New image %1 (%2), layer of %3 bytes.</translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>untagged</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Attach</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Image to run, e.g. alpine</source>
        <translation>Image to run, e.g. alpine</translation>
    </message>
    <message>
        <source>Run -it</source>
        <translation>Run -it</translation>
    </message>
    <message>
        <source>A new container of this image with a terminal (ponton run -it IMAGE)</source>
        <translation>A new container of this image with a terminal (ponton run -it IMAGE)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Commit…</source>
        <translation>Commit…</translation>
    </message>
    <message>
        <source>Make a new image from the container&apos;s changes</source>
        <translation>Make a new image from the container&apos;s changes</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Stopped ones too (-a)</source>
        <translation>Stopped ones too (-a)</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::DockerfileEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::EngineTutorialActions</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The step was canceled.</source>
        <translation>The step was canceled.</translation>
    </message>
    <message>
        <source>Another step is still running.</source>
        <translation>Another step is still running.</translation>
    </message>
    <message numerus="yes">
        <source>Built %1 in %n step(s).</source>
        <translation>
            <numerusform>Built %1 in %n step.</numerusform>
            <numerusform>Built %1 in %n steps.</numerusform>
        </translation>
    </message>
    <message>
        <source>This chapter has no step to do.</source>
        <translation>This chapter has no step to do.</translation>
    </message>
    <message>
        <source>%1 is in the local store.</source>
        <translation>%1 is in the local store.</translation>
    </message>
    <message>
        <source>New image %1 (%2).</source>
        <translation>New image %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in the store.</source>
        <translation>
            <numerusform>%n image in the store.</numerusform>
            <numerusform>%n images in the store.</numerusform>
        </translation>
    </message>
    <message>
        <source>Built twice: the second build took %1 of its %2 step(s) from the cache and gave the same image (%3).</source>
        <translation>Built twice: the second build took %1 of its %2 step(s) from the cache and gave the same image (%3).</translation>
    </message>
    <message>
        <source>a different one</source>
        <translation>a different one</translation>
    </message>
    <message>
        <source>alpinecurl:1.0 names the image of alpinecurl:latest.</source>
        <translation>alpinecurl:1.0 names the image of alpinecurl:latest.</translation>
    </message>
    <message>
        <source>The tag alpinecurl:latest is removed; alpinecurl:1.0 still names the image.</source>
        <translation>The tag alpinecurl:latest is removed; alpinecurl:1.0 still names the image.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is made of %n layer(s).</source>
        <translation>
            <numerusform>%1 is made of %n layer.</numerusform>
            <numerusform>%1 is made of %n layers.</numerusform>
        </translation>
    </message>
    <message>
        <source>This chapter has nothing to check.</source>
        <translation>This chapter has nothing to check.</translation>
    </message>
    <message>
        <source>%1 is not in the local store yet.</source>
        <translation>%1 is not in the local store yet.</translation>
    </message>
    <message>
        <source>The image %1 does not exist yet.</source>
        <translation>The image %1 does not exist yet.</translation>
    </message>
    <message>
        <source>The last layer of %1 does not hold /%2.</source>
        <translation>The last layer of %1 does not hold /%2.</translation>
    </message>
    <message numerus="yes">
        <source>The last layer of %1 (%n layer(s)) holds /%2.</source>
        <translation>
            <numerusform>The last layer of %1 (%n layer) holds /%2.</numerusform>
            <numerusform>The last layer of %1 (%n layers) holds /%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the list yet: %1.</source>
        <translation>Not in the list yet: %1.</translation>
    </message>
    <message>
        <source>The list holds alpine, alpine:curl and alpinecurl.</source>
        <translation>The list holds alpine, alpine:curl and alpinecurl.</translation>
    </message>
    <message>
        <source>The better Dockerfile has not been built twice yet.</source>
        <translation>The better Dockerfile has not been built twice yet.</translation>
    </message>
    <message>
        <source>The second build did not use the cache.</source>
        <translation>The second build did not use the cache.</translation>
    </message>
    <message>
        <source>ponton images -a shows no intermediate image.</source>
        <translation>ponton images -a shows no intermediate image.</translation>
    </message>
    <message>
        <source>The second build took %1 step(s) from the cache; images -a shows %2 intermediate image(s).</source>
        <translation>The second build took %1 step(s) from the cache; images -a shows %2 intermediate image(s).</translation>
    </message>
    <message>
        <source>alpinecurl:1.0 and alpinecurl:latest do not both exist.</source>
        <translation>alpinecurl:1.0 and alpinecurl:latest do not both exist.</translation>
    </message>
    <message>
        <source>The two tags name different images.</source>
        <translation>The two tags name different images.</translation>
    </message>
    <message>
        <source>Both tags name the image %1.</source>
        <translation>Both tags name the image %1.</translation>
    </message>
    <message>
        <source>alpinecurl:latest still exists.</source>
        <translation>alpinecurl:latest still exists.</translation>
    </message>
    <message>
        <source>alpinecurl:latest is gone; other tags of the image, if any, still name it.</source>
        <translation>alpinecurl:latest is gone; other tags of the image, if any, still name it.</translation>
    </message>
    <message>
        <source>alpine and alpine:curl must both exist.</source>
        <translation>alpine and alpine:curl must both exist.</translation>
    </message>
    <message>
        <source>alpine:curl is not alpine&apos;s layers plus one.</source>
        <translation>alpine:curl is not alpine&apos;s layers plus one.</translation>
    </message>
    <message numerus="yes">
        <source>alpine:curl holds alpine&apos;s %n layer(s), in the same order, and one more.</source>
        <translation>
            <numerusform>alpine:curl holds alpine&apos;s %n layer, and one more.</numerusform>
            <numerusform>alpine:curl holds alpine&apos;s %n layers, in the same order, and one more.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store has a problem: %1</source>
        <translation>The store has a problem: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is in the store; its %n blob(s) read back with their digests.</source>
        <translation>
            <numerusform>%1 is in the store; its %n blob read back with its digest.</numerusform>
            <numerusform>%1 is in the store; its %n blobs read back with their digests.</numerusform>
        </translation>
    </message>
    <message>
        <source>The container %1 started without a terminal.</source>
        <translation>The container %1 started without a terminal.</translation>
    </message>
    <message>
        <source>The container&apos;s changes hold no /%1: type apk add curl in its shell before exit. Nothing was committed.</source>
        <translation>The container&apos;s changes hold no /%1: type apk add curl in its shell before exit. Nothing was committed.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in container %1.</source>
        <translation>
            <numerusform>%n change in container %1.</numerusform>
            <numerusform>%n changes in container %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Detached from %1: it keeps running.</source>
        <translation>Detached from %1: it keeps running.</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::FileContentDialog</name>
    <message>
        <source>%1 is a binary file of %2. Extract it to open it with another program.</source>
        <translation>%1 is a binary file of %2. Extract it to open it with another program.</translation>
    </message>
    <message>
        <source>The first %1 of %2 are shown. Extract the file to see all of it.</source>
        <translation>The first %1 of %2 are shown. Extract the file to see all of it.</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::FileTreeModel</name>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modified</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::HelperStatusLabel</name>
    <message>
        <source>Helper: not connected yet</source>
        <translation>Helper: not connected yet</translation>
    </message>
    <message>
        <source>The runtime helper runs containers; Ponton starts it when a container is needed.</source>
        <translation>The runtime helper runs containers; Ponton starts it when a container is needed.</translation>
    </message>
    <message>
        <source>Helper: stopped</source>
        <translation>Helper: stopped</translation>
    </message>
    <message>
        <source>The runtime helper is not running. It starts on demand.</source>
        <translation>The runtime helper is not running. It starts on demand.</translation>
    </message>
    <message>
        <source>Helper: starting…</source>
        <translation>Helper: starting…</translation>
    </message>
    <message>
        <source>Waiting for the runtime helper to answer.</source>
        <translation>Waiting for the runtime helper to answer.</translation>
    </message>
    <message>
        <source>Helper: running</source>
        <translation>Helper: running</translation>
    </message>
    <message>
        <source>The runtime helper is ready to run containers.</source>
        <translation>The runtime helper is ready to run containers.</translation>
    </message>
    <message>
        <source>Helper: failed</source>
        <translation>Helper: failed</translation>
    </message>
    <message>
        <source>The runtime helper could not be started.</source>
        <translation>The runtime helper could not be started.</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::HelperStatusMonitor</name>
    <message>
        <source>ponton-helper %1, process %2</source>
        <translation>ponton-helper %1, process %2</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::ImageActions</name>
    <message>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>New name (repository:tag):</source>
        <translation>New name (repository:tag):</translation>
    </message>
    <message>
        <source>Cannot tag %1 as %2</source>
        <translation>Cannot tag %1 as %2</translation>
    </message>
    <message>
        <source>A name is a repository and a tag, in lower case: for example alpine:curl.</source>
        <translation>A name is a repository and a tag, in lower case: for example alpine:curl.</translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation>Tagged %1</translation>
    </message>
    <message>
        <source>%1 is only untagged: the image keeps its other tags (%2). No space is freed.</source>
        <translation>%1 is only untagged: the image keeps its other tags (%2). No space is freed.</translation>
    </message>
    <message>
        <source>child images: %1</source>
        <translation>child images: %1</translation>
    </message>
    <message>
        <source> (running)</source>
        <translation> (running)</translation>
    </message>
    <message>
        <source>containers: %1</source>
        <translation>containers: %1</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: it is held by %2. Remove those first.</source>
        <translation>%1 cannot be deleted: it is held by %2. Remove those first.</translation>
    </message>
    <message numerus="yes">
        <source>Removing %1 deletes image %2 and frees %3 (%n blob(s) no other image uses).</source>
        <translation>
            <numerusform>Removing %1 deletes image %2 and frees %3 (%n blob no other image uses).</numerusform>
            <numerusform>Removing %1 deletes image %2 and frees %3 (%n blobs no other image uses).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>Cannot remove %1</translation>
    </message>
    <message>
        <source>Refresh the list: the image may be gone.</source>
        <translation>Refresh the list: the image may be gone.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Refresh the list and try again.</source>
        <translation>Refresh the list and try again.</translation>
    </message>
    <message>
        <source>Remove the containers and child images that use it first.</source>
        <translation>Remove the containers and child images that use it first.</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Removed %1</translation>
    </message>
    <message>
        <source>Cannot show the history of %1</source>
        <translation>Cannot show the history of %1</translation>
    </message>
    <message>
        <source>Cannot inspect %1</source>
        <translation>Cannot inspect %1</translation>
    </message>
    <message>
        <source>Inspect %1</source>
        <translation>Inspect %1</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Cannot save %1</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space.</source>
        <translation>Choose a folder you can write to, with free space.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Cannot load %1</source>
        <translation>Cannot load %1</translation>
    </message>
    <message>
        <source>Choose an archive made by ponton save or docker save (a .tar file).</source>
        <translation>Choose an archive made by ponton save or docker save (a .tar file).</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>Loaded %1</translation>
    </message>
    <message>
        <source>Push %1</source>
        <translation>Push %1</translation>
    </message>
    <message>
        <source>Push to (registry/repository:tag):</source>
        <translation>Push to (registry/repository:tag):</translation>
    </message>
    <message>
        <source>Cannot push %1</source>
        <translation>Cannot push %1</translation>
    </message>
    <message>
        <source>Check the registry&apos;s address, that you are logged in (ponton login), and your network.</source>
        <translation>Check the registry&apos;s address, that you are logged in (ponton login), and your network.</translation>
    </message>
    <message>
        <source>Pushed %1</source>
        <translation>Pushed %1</translation>
    </message>
    <message numerus="yes">
        <source>It also removes %n intermediate image(s) nothing else uses: %1.</source>
        <translation>
            <numerusform>It also removes %n intermediate image nothing else uses: %1.</numerusform>
            <numerusform>It also removes %n intermediate images nothing else uses: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also removes %n other platform(s) of the image that no other name holds: %1.</source>
        <translation>
            <numerusform>It also removes %n other platform of the image that no other name holds: %1.</numerusform>
            <numerusform>It also removes %n other platforms of the image that no other name holds: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the untagged parent images (--no-prune)</source>
        <translation>Keep the untagged parent images (--no-prune)</translation>
    </message>
    <message>
        <source>Deletes only this image: the intermediate images below it stay, as ponton images -a lists them.</source>
        <translation>Deletes only this image: the intermediate images below it stay, as ponton images -a lists them.</translation>
    </message>
    <message>
        <source>With -f, %1 is only untagged: the image stays, untagged, as long as its containers use it. No space is freed.</source>
        <translation>With -f, %1 is only untagged: the image stays, untagged, as long as its containers use it. No space is freed.</translation>
    </message>
    <message>
        <source>Untag anyway (-f)</source>
        <translation>Untag anyway (-f)</translation>
    </message>
    <message>
        <source>Delete anyway (-f)</source>
        <translation>Delete anyway (-f)</translation>
    </message>
    <message numerus="yes">
        <source>With -f, image %1 is deleted although its stopped containers use it; they keep their own files, and %2 is freed (%n blob(s) no other image uses).</source>
        <translation>
            <numerusform>With -f, image %1 is deleted although its stopped containers use it; they keep their own files, and %2 is freed (%n blob no other image uses).</numerusform>
            <numerusform>With -f, image %1 is deleted although its stopped containers use it; they keep their own files, and %2 is freed (%n blobs no other image uses).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::ImageDiffDialog</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) differ between %1 and %2.</source>
        <translation>
            <numerusform>%n path differs between %1 and %2.</numerusform>
            <numerusform>%n paths differ between %1 and %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::ImageTableModel</name>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>Image ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>A %1 image: this machine runs %2, so it can be browsed, saved and pushed, not run.</source>
        <translation>A %1 image: this machine runs %2, so it can be browsed, saved and pushed, not run.</translation>
    </message>
    <message>
        <source>One of the platforms of %1.</source>
        <translation>One of the platforms of %1.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::ImagesView</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Command: %1</translation>
    </message>
    <message>
        <source>Cannot list the images: %1</source>
        <translation>Cannot list the images: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Show intermediate images</source>
        <translation>Show intermediate images</translation>
    </message>
    <message>
        <source>Intermediate images are the untagged steps of a build that other images are made from (ponton images -a).</source>
        <translation>Intermediate images are the untagged steps of a build that other images are made from (ponton images -a).</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Save %1</translation>
    </message>
    <message>
        <source>Image archives (*.tar)</source>
        <translation>Image archives (*.tar)</translation>
    </message>
    <message>
        <source>Load images</source>
        <translation>Load images</translation>
    </message>
    <message>
        <source>Image archives (*.tar *.tar.gz)</source>
        <translation>Image archives (*.tar *.tar.gz)</translation>
    </message>
    <message>
        <source>Pull…</source>
        <translation>Pull…</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Tag…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspect</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Load…</translation>
    </message>
    <message>
        <source>Push…</source>
        <translation>Push…</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::LayerSizeChart</name>
    <message>
        <source>Select an image to see the sizes of its layers.</source>
        <translation>Select an image to see the sizes of its layers.</translation>
    </message>
    <message>
        <source>Layer sizes of %1</source>
        <translation>Layer sizes of %1</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::LayersView</name>
    <message>
        <source>Reading the layers of %1…</source>
        <translation>Reading the layers of %1…</translation>
    </message>
    <message>
        <source>Reading the layers of %1: %2 of %3</source>
        <translation>Reading the layers of %1: %2 of %3</translation>
    </message>
    <message>
        <source>Cannot read the layers of %1</source>
        <translation>Cannot read the layers of %1</translation>
    </message>
    <message>
        <source>Check the name with ponton images, or pull the image first.</source>
        <translation>Check the name with ponton images, or pull the image first.</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s), %1 files and folders</source>
        <translation>
            <numerusform>%n layer, %1 files and folders</numerusform>
            <numerusform>%n layers, %1 files and folders</numerusform>
        </translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Command: %1</translation>
    </message>
    <message>
        <source>Layer %1
Uncompressed: %2</source>
        <translation>Layer %1
Uncompressed: %2</translation>
    </message>
    <message>
        <source>Layers hold %1; the image shows %2. Wasted: %3 (files overwritten or removed by later layers). Efficiency: %4 %.</source>
        <translation>Layers hold %1; the image shows %2. Wasted: %3 (files overwritten or removed by later layers). Efficiency: %4 %.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>Try another layer, or extract the file.</source>
        <translation>Try another layer, or extract the file.</translation>
    </message>
    <message>
        <source>Extract %1</source>
        <translation>Extract %1</translation>
    </message>
    <message>
        <source>Export the selection as a zip file</source>
        <translation>Export the selection as a zip file</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <source>Cannot extract to %1</source>
        <translation>Cannot extract to %1</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Choose a folder you can write to.</translation>
    </message>
    <message>
        <source>Extracted to %1</source>
        <translation>Extracted to %1</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n file(s)…</source>
        <translation>
            <numerusform>Exporting %n file…</numerusform>
            <numerusform>Exporting %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export to %1</source>
        <translation>Cannot export to %1</translation>
    </message>
    <message>
        <source>Select at least one file, and choose a folder you can write to.</source>
        <translation>Select at least one file, and choose a folder you can write to.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>Comparing %1 with %2…</translation>
    </message>
    <message>
        <source>Cannot compare %1 with %2</source>
        <translation>Cannot compare %1 with %2</translation>
    </message>
    <message>
        <source>Check both names with ponton images.</source>
        <translation>Check both names with ponton images.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between %1 and %2</source>
        <translation>
            <numerusform>%n difference between %1 and %2</numerusform>
            <numerusform>%n differences between %1 and %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Wasted space</source>
        <translation>Wasted space</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Wasted</translation>
    </message>
    <message>
        <source>This layer only</source>
        <translation>This layer only</translation>
    </message>
    <message>
        <source>Everything up to this layer</source>
        <translation>Everything up to this layer</translation>
    </message>
    <message>
        <source>Search files by name</source>
        <translation>Search files by name</translation>
    </message>
    <message>
        <source>View content</source>
        <translation>View content</translation>
    </message>
    <message>
        <source>Extract…</source>
        <translation>Extract…</translation>
    </message>
    <message>
        <source>Export as zip…</source>
        <translation>Export as zip…</translation>
    </message>
    <message>
        <source>%1 (not in the store)</source>
        <translation>%1 (not in the store)</translation>
    </message>
    <message>
        <source>The platforms of %1 cannot be listed: %2</source>
        <translation>The platforms of %1 cannot be listed: %2</translation>
    </message>
    <message>
        <source>%1 is not in the store, and where it was pulled from is not recorded.</source>
        <translation>%1 is not in the store, and where it was pulled from is not recorded.</translation>
    </message>
    <message>
        <source>%1 is not in the store. Pull it to see its layers.</source>
        <translation>%1 is not in the store. Pull it to see its layers.</translation>
    </message>
    <message>
        <source>Pulling %1 for %2…</source>
        <translation>Pulling %1 for %2…</translation>
    </message>
    <message>
        <source>Cannot pull %1</source>
        <translation>Cannot pull %1</translation>
    </message>
    <message>
        <source>Check that the registry is reachable, or pull it with the command shown.</source>
        <translation>Check that the registry is reachable, or pull it with the command shown.</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Pull this platform</source>
        <translation>Pull this platform</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::MainWindow</name>
    <message>
        <source>About Ponton</source>
        <translation>About Ponton</translation>
    </message>
    <message>
        <source>Ponton %1: a workbench for container images, with its own engine.</source>
        <translation>Ponton %1: a workbench for container images, with its own engine.</translation>
    </message>
    <message>
        <source>Ponton</source>
        <translation>Ponton</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Tutorial</source>
        <translation>Tutorial</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>System language (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Ponton</source>
        <translation>&amp;About Ponton</translation>
    </message>
    <message>
        <source>The images of the local store: repository, tag, ID, creation date and size. Pull, tag, remove, inspect and push them, and see the layers of each.</source>
        <translation>The images of the local store: repository, tag, ID, creation date and size. Pull, tag, remove, inspect and push them, and see the layers of each.</translation>
    </message>
    <message>
        <source>The containers, as ponton ps -a lists them: start, stop, pause, commit and remove them, with a terminal attached to each.</source>
        <translation>The containers, as ponton ps -a lists them: start, stop, pause, commit and remove them, with a terminal attached to each.</translation>
    </message>
    <message>
        <source>A Dockerfile editor with hints as you type, the live build log and a timeline of the steps, with the cache hits.</source>
        <translation>A Dockerfile editor with hints as you type, the live build log and a timeline of the steps, with the cache hits.</translation>
    </message>
    <message>
        <source>Every file of every layer of an image: added, modified or removed, and the space wasted.</source>
        <translation>Every file of every layer of an image: added, modified or removed, and the space wasted.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::PlaceholderPage</name>
    <message>
        <source>This view needs Ponton&apos;s engine, which is still being written. It will appear here as soon as the engine can do it.</source>
        <translation>This view needs Ponton&apos;s engine, which is still being written. It will appear here as soon as the engine can do it.</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::PullDialog</name>
    <message>
        <source>Pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <source>Pull an image</source>
        <translation>Pull an image</translation>
    </message>
    <message>
        <source>for example nginx:stable-alpine</source>
        <translation>for example nginx:stable-alpine</translation>
    </message>
    <message>
        <source>this machine&apos;s (for example linux/arm64)</source>
        <translation>this machine&apos;s (for example linux/arm64)</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Command: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Downloading</translation>
    </message>
    <message>
        <source>Verifying Checksum</source>
        <translation>Verifying Checksum</translation>
    </message>
    <message>
        <source>Download complete</source>
        <translation>Download complete</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>Extracting</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>Already exists</translation>
    </message>
    <message>
        <source>Pull complete</source>
        <translation>Pull complete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pulling %1…</source>
        <translation>Pulling %1…</translation>
    </message>
    <message>
        <source>Downloading %1 of %2</source>
        <translation>Downloading %1 of %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cannot pull %1: %2</source>
        <translation>Cannot pull %1: %2</translation>
    </message>
    <message>
        <source>Cannot pull %1</source>
        <translation>Cannot pull %1</translation>
    </message>
    <message>
        <source>The pull was canceled; pulling again resumes what was downloaded.</source>
        <translation>The pull was canceled; pulling again resumes what was downloaded.</translation>
    </message>
    <message>
        <source>Check the name and the tag, your network, or the registry mirror in the settings.</source>
        <translation>Check the name and the tag, your network, or the registry mirror in the settings.</translation>
    </message>
    <message>
        <source>Image is up to date for %1</source>
        <translation>Image is up to date for %1</translation>
    </message>
    <message>
        <source>Downloaded newer image for %1 (digest %2)</source>
        <translation>Downloaded newer image for %1 (digest %2)</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Registry mirrors of docker.io, one address per line, tried in order before Docker Hub (for example http://127.0.0.1:5000). They are written to %1 and apply to the next start of Ponton and to the ponton command.</source>
        <translation>Registry mirrors of docker.io, one address per line, tried in order before Docker Hub (for example http://127.0.0.1:5000). They are written to %1 and apply to the next start of Ponton and to the ponton command.</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Command: %1</translation>
    </message>
    <message>
        <source>%1. Nothing was changed.</source>
        <translation>%1. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::TerminalWidget</name>
    <message>
        <source>Ctrl-P Ctrl-Q: detach from the container (it keeps running). Ctrl-Shift-C / Ctrl-Shift-V: copy / paste.</source>
        <translation>Ctrl-P Ctrl-Q: detach from the container (it keeps running). Ctrl-Shift-C / Ctrl-Shift-V: copy / paste.</translation>
    </message>
    <message>
        <source>Detaching leaves the container running; reattach later from the Containers view.</source>
        <translation>Detaching leaves the container running; reattach later from the Containers view.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::TutorialPage</name>
    <message>
        <source>The tutorial could not be loaded: %1</source>
        <translation>The tutorial could not be loaded: %1</translation>
    </message>
    <message>
        <source>Start the tutorial again</source>
        <translation>Start the tutorial again</translation>
    </message>
    <message>
        <source>The same with the command line:</source>
        <translation>The same with the command line:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>Copy the command to the clipboard</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>Do it</translation>
    </message>
    <message>
        <source>Let Ponton do this step for you</source>
        <translation>Let Ponton do this step for you</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Check the real result of this step</source>
        <translation>Check the real result of this step</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Previous chapter</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Next chapter</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Not done yet</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 chapter(s) done</source>
        <translation>
            <numerusform>%n of %1 chapters done</numerusform>
            <numerusform>%n of %1 chapters done</numerusform>
        </translation>
    </message>
    <message>
        <source>Tutorial</source>
        <translation>Tutorial</translation>
    </message>
    <message>
        <source>What the check looks at: %1</source>
        <translation>What the check looks at: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Done: this chapter&apos;s check passed.</source>
        <translation>Done: this chapter&apos;s check passed.</translation>
    </message>
    <message>
        <source>Check passed.</source>
        <translation>Check passed.</translation>
    </message>
    <message>
        <source>Step done.</source>
        <translation>Step done.</translation>
    </message>
    <message>
        <source>Check failed.</source>
        <translation>Check failed.</translation>
    </message>
    <message>
        <source>Step failed.</source>
        <translation>Step failed.</translation>
    </message>
    <message>
        <source>Not available.</source>
        <translation>Not available.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Canceled.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::TutorialTerminalPanel</name>
    <message>
        <source>Type it for me: apk add curl</source>
        <translation>Type it for me: apk add curl</translation>
    </message>
    <message>
        <source>Types apk add curl and Enter in the shell</source>
        <translation>Types apk add curl and Enter in the shell</translation>
    </message>
    <message>
        <source>Exit the shell</source>
        <translation>Exit the shell</translation>
    </message>
    <message>
        <source>Types exit and Enter: the shell ends, and the step looks at the container&apos;s changes</source>
        <translation>Types exit and Enter: the shell ends, and the step looks at the container&apos;s changes</translation>
    </message>
    <message>
        <source>A real shell in the new container %1 (ponton run -it alpine sh). Type apk add curl and Enter, then exit; or let the buttons type them. Once the shell has exited, the step looks at the container&apos;s changes and commits them as alpine:curl.</source>
        <translation>A real shell in the new container %1 (ponton run -it alpine sh). Type apk add curl and Enter, then exit; or let the buttons type them. Once the shell has exited, the step looks at the container&apos;s changes and commits them as alpine:curl.</translation>
    </message>
    <message>
        <source>The shell of container %1 has exited.</source>
        <translation>The shell of container %1 has exited.</translation>
    </message>
    <message>
        <source>Detached from the shell of container %1 (Ctrl-P Ctrl-Q): the container keeps running.</source>
        <translation>Detached from the shell of container %1 (Ctrl-P Ctrl-Q): the container keeps running.</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::UnavailableTutorialActions</name>
    <message>
        <source>This step cannot run yet: Ponton&apos;s engine is not part of this build. The command above shows what it will do.</source>
        <translation>This step cannot run yet: Ponton&apos;s engine is not part of this build. The command above shows what it will do.</translation>
    </message>
</context>
<context>
    <name>RegistryMirrorSetting</name>
    <message>
        <source>cannot read %1</source>
        <translation>cannot read %1</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: fix or remove it</source>
        <translation>%1 is not a JSON object: fix or remove it</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry address: write it as http://host:port or https://host</source>
        <translation>&quot;%1&quot; is not a registry address: write it as http://host:port or https://host</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
</context>
<context>
    <name>TutorialBook</name>
    <message>
        <source>no tutorial chapters for language &quot;%1&quot;</source>
        <translation>no tutorial chapters for language &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>cannot open %1</translation>
    </message>
</context>
<context>
    <name>TutorialChapter</name>
    <message>
        <source>header line without a key: &quot;%1&quot;</source>
        <translation>header line without a key: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>empty value for &quot;%1&quot;</source>
        <translation>empty value for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bad chapter id &quot;%1&quot;</source>
        <translation>bad chapter id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown header key &quot;%1&quot;</source>
        <translation>unknown header key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a chapter starts with a --- header</source>
        <translation>a chapter starts with a --- header</translation>
    </message>
    <message>
        <source>the header is not closed by ---</source>
        <translation>the header is not closed by ---</translation>
    </message>
    <message>
        <source>the header needs id, command and check</source>
        <translation>the header needs id, command and check</translation>
    </message>
    <message>
        <source>the header is followed by a &quot;# Title&quot; line</source>
        <translation>the header is followed by a &quot;# Title&quot; line</translation>
    </message>
    <message>
        <source>chapter &quot;%1&quot; has no explanation</source>
        <translation>chapter &quot;%1&quot; has no explanation</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ponton: a desktop workbench for container images.</source>
        <translation>Ponton: a desktop workbench for container images.</translation>
    </message>
    <message>
        <source>Language of this session: fr or en.</source>
        <translation>Language of this session: fr or en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>View to open: images, containers, build, layers, tutorial.</source>
        <translation>View to open: images, containers, build, layers, tutorial.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Open the tutorial on this chapter: pull, commit, build, images, layers, tags, rmi, definition.</source>
        <translation>Open the tutorial on this chapter: pull, commit, build, images, layers, tags, rmi, definition.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Open the Build view and build the Dockerfile of this folder.</source>
        <translation>Open the Build view and build the Dockerfile of this folder.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
</context>
</TS>

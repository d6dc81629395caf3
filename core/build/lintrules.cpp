#include "build/lintrules.h"

#include "build/shellcommands.h"
#include "common/tr.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Ponton::Build {

namespace {

// The script a RUN hands to the shell: its command line and heredoc bodies, or `sh -c`'s argument.
QString scriptOf(const RunInstruction &run)
{
    if (run.shellForm) {
        QString script = run.command.join(u' ');
        for (const Heredoc &heredoc : run.heredocs)
            script += u'\n' + heredoc.content;
        return script;
    }
    if (run.command.size() >= 3 && run.command.at(0).endsWith(u"sh"_s) && run.command.at(1) == u"-c")
        return run.command.at(2);
    return run.command.join(u' ');
}

bool isIndexUpdate(const QStringList &command)
{
    const QStringList ps = ShellCommands::programAndSubcommand(command);
    const QString &program = ps.at(0);
    const QString &sub = ps.at(1);
    if (program == u"apk" || program == u"apt-get" || program == u"apt")
        return sub == u"update";
    if (program == u"yum" || program == u"dnf" || program == u"microdnf")
        return sub == u"makecache";
    if (program == u"zypper")
        return sub == u"refresh" || sub == u"ref";
    return program == u"pacman" && command.contains(u"-Sy"_s);
}

bool isAptInstall(const QStringList &command)
{
    const QStringList ps = ShellCommands::programAndSubcommand(command);
    return (ps.at(0) == u"apt-get" || ps.at(0) == u"apt") && ps.at(1) == u"install";
}

bool hasYes(const QStringList &command)
{
    static const QRegularExpression cluster(u"^-[a-zA-Z]*y[a-zA-Z]*$"_s);
    for (const QString &word : command) {
        if (word == u"--yes" || word == u"--assume-yes" || word == u"-qq" || cluster.match(word).hasMatch())
            return true;
    }
    return false;
}

bool installsDependencies(const QStringList &command)
{
    const QStringList ps = ShellCommands::programAndSubcommand(command);
    const QString &program = ps.at(0);
    const QString &sub = ps.at(1);
    static const QStringList installing = {u"install"_s, u"ci"_s, u"add"_s, u"restore"_s, u"download"_s,
                                           u"fetch"_s, u"sync"_s};
    if (program == u"yarn" && sub.isEmpty())
        return true;
    static const QStringList managers = {u"npm"_s, u"yarn"_s, u"pnpm"_s, u"pip"_s, u"pip3"_s, u"poetry"_s,
                                         u"pipenv"_s, u"uv"_s, u"bundle"_s, u"composer"_s, u"go"_s, u"cargo"_s,
                                         u"dotnet"_s, u"apk"_s, u"apt-get"_s, u"apt"_s, u"gem"_s};
    if (managers.contains(program) && (installing.contains(sub) || (program == u"go" && sub == u"mod")))
        return true;
    return program == u"mvn" || program == u"gradle";
}

bool isArchiveOrRemote(const QString &source)
{
    static const QRegularExpression archive(u"\\.(tar|tgz|tbz2?|txz|tzst|gz|bz2|xz|zst|lz4)$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return source.contains(u"://"_s) || source.startsWith(u"git@"_s) || source.contains(u'$')
        || archive.match(source).hasMatch();
}

bool isSecretName(const QString &name)
{
    static const QRegularExpression camel(u"([a-z0-9])([A-Z])"_s);
    QString spaced = name;
    spaced.replace(camel, u"\\1_\\2"_s);
    static const QStringList deny = {u"apikey"_s, u"auth"_s, u"credential"_s, u"credentials"_s, u"key"_s,
                                     u"password"_s, u"pword"_s, u"passwd"_s, u"secret"_s, u"token"_s};
    static const QRegularExpression separators(u"[^a-z0-9]+"_s);
    const QStringList tokens = spaced.toLower().split(separators, Qt::SkipEmptyParts);
    if (tokens.contains(u"public"_s))
        return false;
    for (const QString &token : tokens) {
        if (deny.contains(token))
            return true;
    }
    return false;
}

bool isRootUser(const QString &user)
{
    const QString name = user.section(u':', 0, 0).trimmed();
    return name == u"root" || name == u"0";
}

} // namespace

void LintRules::run(LintContext &context)
{
    file(context);
    const QList<Stage> &stages = context.stages();
    QStringList earlierStages;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (stages.at(i).from) {
            from(context, *stages.at(i).from, earlierStages);
            earlierStages.append(stages.at(i).from->as<FromInstruction>()->stageName);
        }
        stage(context, stages.at(i), i == stages.size() - 1);
    }
    casing(context);
}

void LintRules::file(LintContext &context)
{
    const DockerfileAst &ast = context.ast();
    for (const ParserWarning &warning : ast.warnings)
        context.reportAt(warning.line, 1, warning.line, u"empty-continuation"_s, warning.message);
    const QString syntax = ast.syntax.trimmed();
    static const QRegularExpression official(u"^(docker\\.io/)?docker/dockerfile(-upstream)?(:[^@]*)?(@.*)?$"_s);
    if (!syntax.isEmpty() && !official.match(syntax).hasMatch()) {
        context.reportAt(ast.syntaxLine, 1, ast.syntaxLine, u"unsupported-syntax"_s,
                         Tr::tr("the frontend %1 is not run: Ponton builds with its own Dockerfile engine")
                             .arg(syntax));
    }
}

void LintRules::stage(LintContext &context, const Stage &stage, bool last)
{
    bool pipefailShell = false;
    for (const Instruction &instruction : stage.instructions) {
        if (const ShellInstruction *shell = instruction.as<ShellInstruction>())
            pipefailShell = shell->shell.join(u' ').contains(u"pipefail"_s);
        if (instruction.is<RunInstruction>())
            run(context, instruction, pipefailShell);
        else if (instruction.is<CopyInstruction>())
            add(context, instruction);
        else
            form(context, instruction);
        secrets(context, instruction);
    }
    if (!stage.from)
        return;
    overridden(context, stage);
    copyBeforeInstall(context, stage);
    workdir(context, stage);
    if (last)
        user(context, stage);
}

void LintRules::form(LintContext &context, const Instruction &instruction)
{
    if (instruction.is<MaintainerInstruction>()) {
        context.report(instruction, u"maintainer-deprecated"_s, Tr::tr("MAINTAINER is deprecated: use a LABEL"));
        return;
    }
    const EntrypointInstruction *entrypoint = instruction.as<EntrypointInstruction>();
    if (entrypoint && entrypoint->shellForm) {
        context.report(instruction, u"shell-form-entrypoint"_s,
                       Tr::tr("ENTRYPOINT in shell form: signals and CMD arguments do not reach the program"));
        return;
    }
    const CmdInstruction *cmd = instruction.as<CmdInstruction>();
    if (cmd && cmd->shellForm && !cmd->command.isEmpty())
        context.report(instruction, u"shell-form-cmd"_s, Tr::tr("CMD in shell form: prefer the JSON form"));
}

void LintRules::from(LintContext &context, const Instruction &instruction, const QStringList &earlierStages)
{
    const QString image = instruction.as<FromInstruction>()->image;
    if (image.contains(u'$') || image.compare(u"scratch"_s, Qt::CaseInsensitive) == 0
        || earlierStages.contains(image.toLower()) || image.contains(u'@'))
        return;
    const QString lastPart = image.section(u'/', -1);
    if (!lastPart.contains(u':')) {
        context.report(instruction, u"unpinned-base-image"_s,
                       Tr::tr("%1 has no tag: the build takes whatever latest is today").arg(image), image);
    } else if (lastPart.section(u':', 1) == u"latest") {
        context.report(instruction, u"latest-base-image"_s,
                       Tr::tr("%1: latest changes over time; pin a version").arg(image), image);
    }
}

void LintRules::run(LintContext &context, const Instruction &instruction, bool pipefailShell)
{
    const RunInstruction *run = instruction.as<RunInstruction>();
    const QString script = scriptOf(*run);
    const QList<QStringList> commands = ShellCommands::split(script);
    bool onlyUpdates = !commands.isEmpty();
    bool sudo = false;
    bool cd = false;
    for (const QStringList &command : commands) {
        onlyUpdates = onlyUpdates && isIndexUpdate(command);
        const qsizetype program = ShellCommands::programIndex(command);
        sudo = sudo || command.contains(u"sudo"_s);
        cd = cd || (program >= 0 && command.at(program) == u"cd");
    }
    if (sudo)
        context.report(instruction, u"sudo-in-run"_s, Tr::tr("sudo in a build step: use USER"), u"sudo"_s);
    if (cd) {
        context.report(instruction, u"cd-in-run"_s,
                       Tr::tr("cd only lasts for this RUN: use WORKDIR to change directory"), u"cd "_s);
    }
    if (onlyUpdates) {
        context.report(instruction, u"lone-package-update"_s,
                       Tr::tr("\"%1\" in a step of its own: the cache keeps this package index, so later installs "
                              "use stale lists; update and install in the same RUN")
                           .arg(commands.first().join(u' ')), commands.first().first());
    }
    packageManagers(context, instruction, commands, script);
    const bool pipefail = pipefailShell || script.contains(u"pipefail"_s);
    if (run->shellForm && !pipefail && ShellCommands::hasPipe(run->command.join(u' '))) {
        context.report(instruction, u"pipe-without-pipefail"_s,
                       Tr::tr("a failure on the left of | does not fail this RUN: add set -o pipefail"), u"|"_s);
    }
}

void LintRules::packageManagers(LintContext &context, const Instruction &instruction,
                                const QList<QStringList> &commands, const QString &script)
{
    const bool cacheMount = instruction.as<RunInstruction>()->mounts.join(u' ').contains(u"type=cache"_s);
    bool aptInstall = false;
    for (const QStringList &command : commands) {
        const QStringList ps = ShellCommands::programAndSubcommand(command);
        if (ps.at(0) == u"apk" && ps.at(1) == u"add" && !command.contains(u"--no-cache"_s)
            && !script.contains(u"/var/cache/apk"_s) && !cacheMount) {
            context.report(instruction, u"apk-add-no-cache"_s,
                           Tr::tr("apk add without --no-cache leaves the package index in the layer"), u"apk"_s);
        }
        if (!isAptInstall(command))
            continue;
        aptInstall = true;
        if (!hasYes(command))
            context.report(instruction, u"apt-missing-yes"_s,
                           Tr::tr("apt-get install without -y will wait for an answer"), ps.at(0));
        if (!command.contains(u"--no-install-recommends"_s) && !script.contains(u"Install-Recommends"_s)) {
            context.report(instruction, u"apt-no-install-recommends"_s,
                           Tr::tr("apt-get install without --no-install-recommends"), ps.at(0));
        }
    }
    if (aptInstall && !script.contains(u"/var/lib/apt/lists"_s) && !cacheMount) {
        context.report(instruction, u"apt-lists-not-removed"_s,
                       Tr::tr("the apt lists stay in this layer: end the RUN with rm -rf /var/lib/apt/lists/*"));
    }
}

void LintRules::add(LintContext &context, const Instruction &instruction)
{
    const CopyInstruction *copy = instruction.as<CopyInstruction>();
    if (!copy->add || !copy->checksum.isEmpty() || copy->keepGitDir || copy->unpack)
        return;
    for (const QString &source : copy->sources) {
        if (isArchiveOrRemote(source))
            return;
    }
    context.report(instruction, u"add-instead-of-copy"_s,
                   Tr::tr("ADD of local files: COPY does the same without the download and unpack rules"));
}

void LintRules::secrets(LintContext &context, const Instruction &instruction)
{
    QStringList names;
    if (const EnvInstruction *env = instruction.as<EnvInstruction>()) {
        for (const KeyValue &pair : env->pairs)
            names.append(pair.key);
    } else if (const ArgInstruction *arg = instruction.as<ArgInstruction>()) {
        for (const ArgDefinition &definition : arg->args)
            names.append(definition.name);
    } else {
        return;
    }
    for (const QString &name : std::as_const(names)) {
        if (!isSecretName(name))
            continue;
        context.report(instruction, u"secret-in-env"_s,
                       Tr::tr("%1 %2 looks like a secret: its value stays readable in the image")
                           .arg(instruction.keyword, name), name);
    }
    const EnvInstruction *env = instruction.as<EnvInstruction>();
    const LabelInstruction *label = instruction.as<LabelInstruction>();
    if ((env && env->legacyForm) || (label && label->legacyForm)) {
        context.report(instruction, u"legacy-key-value"_s,
                       Tr::tr("legacy \"%1 key value\" form: write %1 key=value").arg(instruction.keyword));
    }
}

void LintRules::overridden(LintContext &context, const Stage &stage)
{
    const Instruction *lastCmd = nullptr;
    const Instruction *lastEntrypoint = nullptr;
    for (qsizetype i = stage.instructions.size() - 1; i >= 0; --i) {
        const Instruction &instruction = stage.instructions.at(i);
        const bool cmd = instruction.is<CmdInstruction>();
        if (!cmd && !instruction.is<EntrypointInstruction>())
            continue;
        const Instruction *&later = cmd ? lastCmd : lastEntrypoint;
        if (later) {
            context.report(instruction, cmd ? u"multiple-cmd"_s : u"multiple-entrypoint"_s,
                           Tr::tr("this %1 is overridden by the one at line %2: only the last %1 counts")
                               .arg(instruction.keyword).arg(later->startLine));
        } else {
            later = &instruction;
        }
    }
}

void LintRules::user(LintContext &context, const Stage &stage)
{
    const Instruction *lastUser = nullptr;
    for (const Instruction &instruction : stage.instructions) {
        if (instruction.is<UserInstruction>())
            lastUser = &instruction;
    }
    if (!lastUser) {
        context.report(*stage.from, u"no-user"_s,
                       Tr::tr("the final stage sets no USER: its containers run as root"));
    } else if (isRootUser(lastUser->as<UserInstruction>()->user)) {
        context.report(*lastUser, u"no-user"_s,
                       Tr::tr("the last USER is root: containers of this image run as root"));
    }
}

void LintRules::copyBeforeInstall(LintContext &context, const Stage &stage)
{
    const Instruction *copyAll = nullptr;
    for (const Instruction &instruction : stage.instructions) {
        const CopyInstruction *copy = instruction.as<CopyInstruction>();
        if (!copyAll && copy && copy->from.isEmpty()
            && (copy->sources.contains(u"."_s) || copy->sources.contains(u"./"_s))) {
            copyAll = &instruction;
            continue;
        }
        const RunInstruction *run = instruction.as<RunInstruction>();
        if (!copyAll || !run)
            continue;
        for (const QStringList &command : ShellCommands::split(scriptOf(*run))) {
            if (!installsDependencies(command))
                continue;
            context.report(*copyAll, u"copy-all-before-install"_s,
                           Tr::tr("the whole context is copied before dependencies are installed (line %1): any "
                                  "source change reinstalls them").arg(instruction.startLine));
            return;
        }
    }
}

void LintRules::workdir(LintContext &context, const Stage &stage)
{
    for (const Instruction &instruction : stage.instructions) {
        const WorkdirInstruction *workdir = instruction.as<WorkdirInstruction>();
        if (!workdir)
            continue;
        if (workdir->path.startsWith(u'/') || workdir->path.contains(u'$'))
            return; // later relative ones are relative to a known absolute path
        context.report(instruction, u"relative-workdir"_s,
                       Tr::tr("relative WORKDIR %1: use an absolute path").arg(workdir->path));
        return;
    }
}

void LintRules::casing(LintContext &context)
{
    int upper = 0;
    int lower = 0;
    for (const Node &node : context.ast().instructions) {
        upper += node.writtenKeyword == node.writtenKeyword.toUpper() ? 1 : 0;
        lower += node.writtenKeyword == node.writtenKeyword.toLower() ? 1 : 0;
    }
    const bool wantUpper = upper >= lower;
    for (const Node &node : context.ast().instructions) {
        const QString expected = wantUpper ? node.writtenKeyword.toUpper() : node.writtenKeyword.toLower();
        if (node.writtenKeyword == expected)
            continue;
        context.reportAt(node.startLine, context.keywordColumn(node.startLine), node.endLine, u"instruction-casing"_s,
                         Tr::tr("%1: write instructions in %2 like the rest of the file")
                             .arg(node.writtenKeyword, wantUpper ? Tr::tr("upper case") : Tr::tr("lower case")));
    }
}

} // namespace Ponton::Build

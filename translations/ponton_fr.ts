<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BuildLogFormatter</name>
    <message>
        <source>Successfully built %1</source>
        <translation>Construction réussie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending build context to Ponton  %1</source>
        <translation>Envoi du contexte de construction à Ponton  %1</translation>
    </message>
    <message>
        <source>Step %1/%2 : %3</source>
        <translation>Étape %1/%2&#xa0;: %3</translation>
    </message>
    <message>
        <source> ---&gt; Using cache</source>
        <translation> ---&gt; Depuis le cache</translation>
    </message>
    <message>
        <source> ---&gt; Running in %1</source>
        <translation> ---&gt; Exécution dans %1</translation>
    </message>
    <message>
        <source> ---&gt; Removed intermediate container %1</source>
        <translation> ---&gt; Conteneur intermédiaire %1 supprimé</translation>
    </message>
    <message>
        <source>Successfully tagged %1</source>
        <translation>Étiquetage réussi&#xa0;: %1</translation>
    </message>
    <message>
        <source>[Warning] %1</source>
        <translation>[Avertissement] %1</translation>
    </message>
</context>
<context>
    <name>Ponton</name>
    <message>
        <source>unsafe entry name &quot;%1&quot; in the archive: %2</source>
        <translation>nom d&apos;entrée dangereux «&#xa0;%1&#xa0;» dans l&apos;archive&#xa0;: %2</translation>
    </message>
    <message>
        <source>empty name</source>
        <translation>nom vide</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>chemin absolu</translation>
    </message>
    <message>
        <source>invalid character</source>
        <translation>caractère non valide</translation>
    </message>
    <message>
        <source>&quot;..&quot; component</source>
        <translation>composant «&#xa0;..&#xa0;»</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; of the archive is a link to &quot;%2&quot;, outside the archive</source>
        <translation>l&apos;entrée «&#xa0;%1&#xa0;» de l&apos;archive est un lien vers «&#xa0;%2&#xa0;», hors de l&apos;archive</translation>
    </message>
    <message>
        <source>manifest.json: %1 of image %2 is not an array of strings</source>
        <translation>manifest.json&#xa0;: %1 de l&apos;image %2 n&apos;est pas un tableau de chaînes</translation>
    </message>
    <message>
        <source>manifest.json: image %1 is not a JSON object</source>
        <translation>manifest.json&#xa0;: l&apos;image %1 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>manifest.json: image %1 has no Config</source>
        <translation>manifest.json&#xa0;: l&apos;image %1 n&apos;a pas de Config</translation>
    </message>
    <message>
        <source>manifest.json is larger than %1 bytes</source>
        <translation>manifest.json dépasse %1 octets</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON</source>
        <translation>manifest.json n&apos;est pas un JSON valide</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON array</source>
        <translation>manifest.json n&apos;est pas un tableau JSON</translation>
    </message>
    <message>
        <source>manifest.json lists no image</source>
        <translation>manifest.json ne liste aucune image</translation>
    </message>
    <message>
        <source>gzip compression failed</source>
        <translation>échec de la compression gzip</translation>
    </message>
    <message>
        <source>write to a finished gzip compressor</source>
        <translation>écriture dans un compresseur gzip déjà terminé</translation>
    </message>
    <message>
        <source>gzip compressor finished twice</source>
        <translation>compresseur gzip terminé deux fois</translation>
    </message>
    <message>
        <source>corrupt gzip stream: %1 after %2 compressed bytes</source>
        <translation>flux gzip corrompu&#xa0;: %1 après %2 octets compressés</translation>
    </message>
    <message>
        <source>corrupt gzip stream: unexpected bytes after member %1, at compressed byte %2</source>
        <translation>flux gzip corrompu&#xa0;: octets inattendus après le membre %1, à l&apos;octet compressé %2</translation>
    </message>
    <message>
        <source>truncated gzip stream: it ends after %1 compressed bytes, inside a member</source>
        <translation>flux gzip tronqué&#xa0;: il s&apos;arrête après %1 octets compressés, au milieu d&apos;un membre</translation>
    </message>
    <message>
        <source>layer %1: %2</source>
        <translation>couche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>layer %1: unsupported compression</source>
        <translation>couche %1&#xa0;: compression non prise en charge</translation>
    </message>
    <message>
        <source>digesting layer %1 was canceled</source>
        <translation>le calcul de l&apos;empreinte de la couche %1 a été annulé</translation>
    </message>
    <message>
        <source>cannot read layer %1</source>
        <translation>impossible de lire la couche %1</translation>
    </message>
    <message>
        <source>cannot open layer %1</source>
        <translation>impossible d&apos;ouvrir la couche %1</translation>
    </message>
    <message>
        <source>cannot read archive %1</source>
        <translation>impossible de lire l&apos;archive %1</translation>
    </message>
    <message>
        <source>archive %1 is empty</source>
        <translation>l&apos;archive %1 est vide</translation>
    </message>
    <message>
        <source>%1, entry &quot;%2&quot;</source>
        <translation>%1, entrée «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>archive %1: %2</source>
        <translation>archive %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>archive %1 is truncated or corrupt</source>
        <translation>l&apos;archive %1 est tronquée ou corrompue</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; of the archive is a hard link outside the archive</source>
        <translation>l&apos;entrée «&#xa0;%1&#xa0;» de l&apos;archive est un lien physique hors de l&apos;archive</translation>
    </message>
    <message>
        <source>archive %1 holds no entries</source>
        <translation>l&apos;archive %1 ne contient aucune entrée</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>après %1</translation>
    </message>
    <message>
        <source>cannot write archive %1</source>
        <translation>impossible d&apos;écrire l&apos;archive %1</translation>
    </message>
    <message>
        <source>cannot write entry &quot;%1&quot; of archive %2</source>
        <translation>impossible d&apos;écrire l&apos;entrée «&#xa0;%1&#xa0;» de l&apos;archive %2</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; of archive %2 grew beyond its declared %3 bytes</source>
        <translation>l&apos;entrée «&#xa0;%1&#xa0;» de l&apos;archive %2 a dépassé les %3 octets déclarés</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; of archive %2 has %3 bytes, %4 were declared</source>
        <translation>l&apos;entrée «&#xa0;%1&#xa0;» de l&apos;archive %2 fait %3 octets, %4 étaient déclarés</translation>
    </message>
    <message>
        <source>corrupt zstd stream: %1 after %2 compressed bytes</source>
        <translation>flux zstd corrompu&#xa0;: %1 après %2 octets compressés</translation>
    </message>
    <message>
        <source>truncated zstd stream: it ends after %1 compressed bytes, inside a frame</source>
        <translation>flux zstd tronqué&#xa0;: il s&apos;arrête après %1 octets compressés, au milieu d&apos;une trame</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the Dockerfile has no FROM: there is no build stage</source>
        <translation>le Dockerfile n&apos;a pas de FROM&#xa0;: il n&apos;y a aucune étape de construction</translation>
    </message>
    <message>
        <source>no build stage in current context: only ARG may come before the first FROM</source>
        <translation>aucune étape de construction dans le contexte courant&#xa0;: seul ARG peut précéder le premier FROM</translation>
    </message>
    <message>
        <source>duplicate stage name &quot;%1&quot;</source>
        <translation>nom d&apos;étape «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <source>invalid from flag value %1: refers to the current or a later build stage</source>
        <translation>valeur %1 non valide pour l&apos;option from&#xa0;: elle désigne l&apos;étape de construction courante ou une étape ultérieure</translation>
    </message>
    <message>
        <source>circular dependency detected on stage: %1</source>
        <translation>dépendance circulaire détectée sur l&apos;étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invalid Dockerfile</source>
        <translation>Dockerfile non valide</translation>
    </message>
    <message>
        <source>The file cannot be parsed, or an instruction is malformed: a build would stop at this line.</source>
        <translation>Le fichier ne peut pas être analysé, ou une instruction est mal formée&#xa0;: une construction s&apos;arrêterait à cette ligne.</translation>
    </message>
    <message>
        <source>Package index updated in a step of its own</source>
        <translation>Index des paquets mis à jour dans une étape à part</translation>
    </message>
    <message>
        <source>A RUN that only updates the package index (apk update, apt-get update) is cached like any other step: later builds reuse the old index, so an install in a later step works from stale package lists, or fails once the mirror has moved on. Update and install in the same RUN (RUN apk update &amp;&amp; apk add curl), or use apk add --no-cache.</source>
        <translation>Un RUN qui ne fait que mettre à jour l&apos;index des paquets (apk update, apt-get update) est mis en cache comme n&apos;importe quelle autre étape&#xa0;: les constructions suivantes réutilisent l&apos;ancien index, si bien qu&apos;une installation dans une étape ultérieure travaille sur des listes de paquets périmées, ou échoue dès que le miroir a changé. Mettez à jour et installez dans le même RUN (RUN apk update &amp;&amp; apk add curl), ou utilisez apk add --no-cache.</translation>
    </message>
    <message>
        <source>apk add without --no-cache</source>
        <translation>apk add sans --no-cache</translation>
    </message>
    <message>
        <source>apk keeps the package index it downloads in /var/cache/apk, and that copy ends up in the layer. apk add --no-cache fetches a fresh index and leaves nothing behind.</source>
        <translation>apk garde l&apos;index des paquets qu&apos;il télécharge dans /var/cache/apk, et cette copie se retrouve dans la couche. apk add --no-cache récupère un index à jour et ne laisse rien derrière lui.</translation>
    </message>
    <message>
        <source>apt lists not removed</source>
        <translation>Listes apt non supprimées</translation>
    </message>
    <message>
        <source>apt-get update downloads package lists into /var/lib/apt/lists. Unless the same RUN removes them (&amp;&amp; rm -rf /var/lib/apt/lists/*), they stay in the layer and make the image bigger for nothing.</source>
        <translation>apt-get update télécharge les listes de paquets dans /var/lib/apt/lists. À moins que le même RUN ne les supprime (&amp;&amp; rm -rf /var/lib/apt/lists/*), elles restent dans la couche et alourdissent l&apos;image pour rien.</translation>
    </message>
    <message>
        <source>Recommended packages installed</source>
        <translation>Paquets recommandés installés</translation>
    </message>
    <message>
        <source>apt-get install also installs the packages a package merely recommends; --no-install-recommends keeps the image small.</source>
        <translation>apt-get install installe aussi les paquets qu&apos;un paquet se contente de recommander&#xa0;; --no-install-recommends garde l&apos;image légère.</translation>
    </message>
    <message>
        <source>apt-get install without -y</source>
        <translation>apt-get install sans -y</translation>
    </message>
    <message>
        <source>Nobody can answer apt-get&apos;s confirmation prompt during a build: without -y the install aborts.</source>
        <translation>Personne ne peut répondre à la demande de confirmation d&apos;apt-get pendant une construction&#xa0;: sans -y, l&apos;installation s&apos;interrompt.</translation>
    </message>
    <message>
        <source>ADD where COPY fits</source>
        <translation>ADD là où COPY suffit</translation>
    </message>
    <message>
        <source>ADD also downloads URLs and unpacks local archives, so what it does depends on the file. For plain files and folders COPY says exactly what is meant.</source>
        <translation>ADD télécharge aussi les URL et décompresse les archives locales&#xa0;: ce qu&apos;il fait dépend donc du fichier. Pour de simples fichiers et dossiers, COPY dit exactement ce que l&apos;on veut.</translation>
    </message>
    <message>
        <source>Base image without a tag</source>
        <translation>Image de base sans étiquette</translation>
    </message>
    <message>
        <source>Without a tag FROM takes latest, whatever it is on the day of the build, so rebuilds are not reproducible. Name a version (alpine:3.19) or a digest.</source>
        <translation>Sans étiquette, FROM prend latest, quelle que soit l&apos;image qu&apos;elle désigne le jour de la construction&#xa0;: les reconstructions ne sont donc pas reproductibles. Indiquez une version (alpine:3.19) ou une empreinte.</translation>
    </message>
    <message>
        <source>Base image tagged latest</source>
        <translation>Image de base étiquetée latest</translation>
    </message>
    <message>
        <source>latest moves: the same Dockerfile builds a different image next month. Pin a version or a digest.</source>
        <translation>latest bouge&#xa0;: le même Dockerfile construira une autre image le mois prochain. Fixez une version ou une empreinte.</translation>
    </message>
    <message>
        <source>cd in RUN instead of WORKDIR</source>
        <translation>cd dans RUN au lieu de WORKDIR</translation>
    </message>
    <message>
        <source>A cd lasts only until the end of its RUN; the next instruction starts again in the WORKDIR. Use WORKDIR to change directory for the instructions that follow.</source>
        <translation>Un cd ne dure que jusqu&apos;à la fin de son RUN&#xa0;; l&apos;instruction suivante repart du WORKDIR. Utilisez WORKDIR pour changer de répertoire pour les instructions qui suivent.</translation>
    </message>
    <message>
        <source>Several CMD in one stage</source>
        <translation>Plusieurs CMD dans une même étape</translation>
    </message>
    <message>
        <source>Only the last CMD of a stage takes effect; the earlier ones are dead code that misleads readers.</source>
        <translation>Seul le dernier CMD d&apos;une étape prend effet&#xa0;; les précédents sont du code mort qui induit le lecteur en erreur.</translation>
    </message>
    <message>
        <source>Several ENTRYPOINT in one stage</source>
        <translation>Plusieurs ENTRYPOINT dans une même étape</translation>
    </message>
    <message>
        <source>Only the last ENTRYPOINT of a stage takes effect; the earlier ones are dead code that misleads readers.</source>
        <translation>Seul le dernier ENTRYPOINT d&apos;une étape prend effet&#xa0;; les précédents sont du code mort qui induit le lecteur en erreur.</translation>
    </message>
    <message>
        <source>ENTRYPOINT in shell form</source>
        <translation>ENTRYPOINT en forme shell</translation>
    </message>
    <message>
        <source>A shell-form ENTRYPOINT runs under /bin/sh -c: the program does not receive stop signals (SIGTERM goes to the shell), and CMD and the arguments given to run are ignored. Use the JSON form: ENTRYPOINT [&quot;/app&quot;, &quot;--flag&quot;].</source>
        <translation>Un ENTRYPOINT en forme shell s&apos;exécute sous /bin/sh -c&#xa0;: le programme ne reçoit pas les signaux d&apos;arrêt (SIGTERM va au shell), et CMD ainsi que les arguments passés à run sont ignorés. Utilisez la forme JSON&#xa0;: ENTRYPOINT [&quot;/app&quot;, &quot;--flag&quot;].</translation>
    </message>
    <message>
        <source>CMD in shell form</source>
        <translation>CMD en forme shell</translation>
    </message>
    <message>
        <source>A shell-form CMD runs under /bin/sh -c, so the program does not receive stop signals itself. The JSON form (CMD [&quot;nginx&quot;, &quot;-g&quot;, &quot;daemon off;&quot;]) avoids the extra shell.</source>
        <translation>Un CMD en forme shell s&apos;exécute sous /bin/sh -c&#xa0;: le programme ne reçoit donc pas lui-même les signaux d&apos;arrêt. La forme JSON (CMD [&quot;nginx&quot;, &quot;-g&quot;, &quot;daemon off;&quot;]) évite ce shell supplémentaire.</translation>
    </message>
    <message>
        <source>The image runs as root</source>
        <translation>L&apos;image s&apos;exécute en root</translation>
    </message>
    <message>
        <source>Without a USER in the final stage, or with USER root last, containers of this image run as root: a process that escapes its container has root privileges within reach. Create a user and switch to it with USER.</source>
        <translation>Sans USER dans l&apos;étape finale, ou avec USER root en dernier, les conteneurs de cette image s&apos;exécutent en root&#xa0;: un processus qui s&apos;échappe de son conteneur a les privilèges root à portée de main. Créez un utilisateur et passez-y avec USER.</translation>
    </message>
    <message>
        <source>Secret in ENV or ARG</source>
        <translation>Secret dans ENV ou ARG</translation>
    </message>
    <message>
        <source>ENV values are stored in the image configuration and build arguments in its history: anyone who pulls the image can read them. Pass secrets with RUN --mount=type=secret, or at run time.</source>
        <translation>Les valeurs d&apos;ENV sont enregistrées dans la configuration de l&apos;image, et les arguments de construction dans son historique&#xa0;: quiconque récupère l&apos;image peut les lire. Transmettez les secrets avec RUN --mount=type=secret, ou à l&apos;exécution.</translation>
    </message>
    <message>
        <source>Whole context copied before installing dependencies</source>
        <translation>Contexte entier copié avant l&apos;installation des dépendances</translation>
    </message>
    <message>
        <source>COPY . before the step that installs dependencies means that a change to any source file invalidates the cache of that install, so every build downloads everything again. Copy the dependency manifests first (package.json, requirements.txt, go.mod…), install, then copy the rest.</source>
        <translation>Avec COPY . avant l&apos;étape qui installe les dépendances, la moindre modification d&apos;un fichier source invalide le cache de cette installation&#xa0;: chaque construction retélécharge alors tout. Copiez d&apos;abord les manifestes de dépendances (package.json, requirements.txt, go.mod…), installez, puis copiez le reste.</translation>
    </message>
    <message>
        <source>MAINTAINER is deprecated</source>
        <translation>MAINTAINER est obsolète</translation>
    </message>
    <message>
        <source>MAINTAINER only sets the image author, a field no tool reads any more. Use LABEL org.opencontainers.image.authors=&quot;…&quot; instead.</source>
        <translation>MAINTAINER ne fait que définir l&apos;auteur de l&apos;image, un champ qu&apos;aucun outil ne lit plus. Utilisez plutôt LABEL org.opencontainers.image.authors=&quot;…&quot;.</translation>
    </message>
    <message>
        <source>Relative WORKDIR</source>
        <translation>WORKDIR relatif</translation>
    </message>
    <message>
        <source>A relative WORKDIR is resolved against the WORKDIR of the base image, which can change under you. Use an absolute path.</source>
        <translation>Un WORKDIR relatif est résolu par rapport au WORKDIR de l&apos;image de base, qui peut changer à votre insu. Utilisez un chemin absolu.</translation>
    </message>
    <message>
        <source>sudo in RUN</source>
        <translation>sudo dans RUN</translation>
    </message>
    <message>
        <source>Build steps already run as the current USER (root unless changed); sudo adds its own terminal and environment handling and may not even be installed. Switch users with USER instead.</source>
        <translation>Les étapes de construction s&apos;exécutent déjà sous l&apos;utilisateur USER courant (root sauf changement)&#xa0;; sudo ajoute sa propre gestion du terminal et de l&apos;environnement, et n&apos;est peut-être même pas installé. Changez plutôt d&apos;utilisateur avec USER.</translation>
    </message>
    <message>
        <source>Empty continuation line</source>
        <translation>Ligne de continuation vide</translation>
    </message>
    <message>
        <source>A blank line inside a line continuation is skipped today, but BuildKit will turn it into an error; remove it or end the instruction before it.</source>
        <translation>Une ligne vide au milieu d&apos;une continuation de ligne est ignorée aujourd&apos;hui, mais BuildKit en fera une erreur&#xa0;; supprimez-la ou terminez l&apos;instruction avant elle.</translation>
    </message>
    <message>
        <source>Legacy ENV or LABEL form</source>
        <translation>Ancienne forme d&apos;ENV ou de LABEL</translation>
    </message>
    <message>
        <source>ENV key value is the legacy form: it sets a single variable and its value runs to the end of the line, spaces included. Prefer ENV key=value.</source>
        <translation>ENV key value est l&apos;ancienne forme&#xa0;: elle définit une seule variable, dont la valeur court jusqu&apos;à la fin de la ligne, espaces compris. Préférez ENV key=value.</translation>
    </message>
    <message>
        <source>Pipe without pipefail</source>
        <translation>Tube sans pipefail</translation>
    </message>
    <message>
        <source>/bin/sh reports only the exit status of the last command of a pipe, so RUN curl … | sh succeeds even when the download fails. Start the RUN with set -o pipefail, or set a SHELL that does.</source>
        <translation>/bin/sh ne renvoie que le code de sortie de la dernière commande d&apos;un tube&#xa0;: RUN curl … | sh réussit donc même quand le téléchargement échoue. Commencez le RUN par set -o pipefail, ou définissez un SHELL qui le fait.</translation>
    </message>
    <message>
        <source>Frontend directive ignored</source>
        <translation>Directive de frontend ignorée</translation>
    </message>
    <message>
        <source>Ponton builds with its own engine: a # syntax= directive naming another frontend than docker/dockerfile is not run, so that frontend&apos;s extensions are unavailable.</source>
        <translation>Ponton construit avec son propre moteur&#xa0;: une directive # syntax= qui désigne un autre frontend que docker/dockerfile n&apos;est pas exécutée, et les extensions de ce frontend ne sont donc pas disponibles.</translation>
    </message>
    <message>
        <source>Inconsistent instruction casing</source>
        <translation>Casse des instructions incohérente</translation>
    </message>
    <message>
        <source>Instructions are not case-sensitive, but mixing RUN and run (or writing Run) makes the file harder to read. Write them all in upper case, or all in lower case.</source>
        <translation>Les instructions ne sont pas sensibles à la casse, mais mélanger RUN et run (ou écrire Run) rend le fichier plus difficile à lire. Écrivez-les toutes en majuscules, ou toutes en minuscules.</translation>
    </message>
    <message>
        <source>dockerfile line greater than max allowed size of %1</source>
        <translation>ligne de Dockerfile plus longue que la taille maximale autorisée (%1)</translation>
    </message>
    <message>
        <source>file with no instructions</source>
        <translation>fichier sans aucune instruction</translation>
    </message>
    <message>
        <source>Empty continuation line found in: %1</source>
        <translation>Ligne de continuation vide trouvée dans&#xa0;: %1</translation>
    </message>
    <message>
        <source>unterminated heredoc</source>
        <translation>heredoc non terminé</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>invalid duration &quot;%1&quot;</source>
        <translation>durée non valide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>flag &quot;%1&quot; must start with --</source>
        <translation>l&apos;option «&#xa0;%1&#xa0;» doit commencer par --</translation>
    </message>
    <message>
        <source>unknown flag: --%1</source>
        <translation>option inconnue&#xa0;: --%1</translation>
    </message>
    <message>
        <source>duplicate flag specified: --%1</source>
        <translation>option indiquée en double&#xa0;: --%1</translation>
    </message>
    <message>
        <source>expecting boolean value for flag --%1, not: %2</source>
        <translation>valeur booléenne attendue pour l&apos;option --%1, et non&#xa0;: %2</translation>
    </message>
    <message>
        <source>missing a value on flag: --%1</source>
        <translation>valeur manquante pour l&apos;option&#xa0;: --%1</translation>
    </message>
    <message>
        <source>when using JSON array syntax, arrays must be comprised of strings only</source>
        <translation>avec la syntaxe de tableau JSON, les tableaux ne doivent contenir que des chaînes</translation>
    </message>
    <message>
        <source>%1 must have two arguments</source>
        <translation>%1 doit avoir deux arguments</translation>
    </message>
    <message>
        <source>Syntax error - can&apos;t find = in &quot;%1&quot;. Must be of the form: name=value</source>
        <translation>Erreur de syntaxe - «&#xa0;=&#xa0;» introuvable dans «&#xa0;%1&#xa0;». La forme attendue est&#xa0;: name=value</translation>
    </message>
    <message>
        <source>%1 requires at least one argument</source>
        <translation>%1 exige au moins un argument</translation>
    </message>
    <message>
        <source>%1 names can not be blank</source>
        <translation>les noms de %1 ne peuvent pas être vides</translation>
    </message>
    <message>
        <source>unknown instruction: %1 (did you mean %2?)</source>
        <translation>instruction inconnue&#xa0;: %1 (vouliez-vous dire %2&#xa0;?)</translation>
    </message>
    <message>
        <source>unknown instruction: %1</source>
        <translation>instruction inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Interval &quot;%1&quot; cannot be less than 1ms</source>
        <translation>L&apos;intervalle «&#xa0;%1&#xa0;» ne peut pas être inférieur à 1ms</translation>
    </message>
    <message>
        <source>FROM requires either one or three arguments</source>
        <translation>FROM exige un ou trois arguments</translation>
    </message>
    <message>
        <source>invalid name for build stage: &quot;%1&quot;, name can&apos;t start with a number or contain symbols</source>
        <translation>nom d&apos;étape de construction non valide&#xa0;: «&#xa0;%1&#xa0;», un nom ne peut pas commencer par un chiffre ni contenir de symboles</translation>
    </message>
    <message>
        <source>ARG names can not be blank</source>
        <translation>les noms d&apos;ARG ne peuvent pas être vides</translation>
    </message>
    <message>
        <source>invalid chmod parameter: %1</source>
        <translation>paramètre chmod non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 requires at least two arguments, but only one was provided. Destination could not be determined</source>
        <translation>%1 exige au moins deux arguments, mais un seul a été fourni. Impossible de déterminer la destination</translation>
    </message>
    <message>
        <source>%1 cannot accept a heredoc as a destination</source>
        <translation>%1 ne peut pas accepter un heredoc comme destination</translation>
    </message>
    <message>
        <source>SHELL requires the arguments to be in JSON form</source>
        <translation>SHELL exige des arguments sous forme JSON</translation>
    </message>
    <message>
        <source>%1 requires exactly one argument</source>
        <translation>%1 exige exactement un argument</translation>
    </message>
    <message>
        <source>invalid port specification: &quot;%1&quot;</source>
        <translation>spécification de port non valide&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>VOLUME specified can not be an empty string</source>
        <translation>le VOLUME indiqué ne peut pas être une chaîne vide</translation>
    </message>
    <message>
        <source>invalid signal: %1</source>
        <translation>signal non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>HEALTHCHECK NONE takes no arguments</source>
        <translation>HEALTHCHECK NONE n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot; in HEALTHCHECK (try CMD)</source>
        <translation>Type «&#xa0;%1&#xa0;» inconnu dans HEALTHCHECK (essayez CMD)</translation>
    </message>
    <message>
        <source>Missing command after HEALTHCHECK CMD</source>
        <translation>Commande manquante après HEALTHCHECK CMD</translation>
    </message>
    <message>
        <source>invalid value for --retries: %1</source>
        <translation>valeur non valide pour --retries&#xa0;: %1</translation>
    </message>
    <message>
        <source>--retries cannot be negative (%1)</source>
        <translation>--retries ne peut pas être négatif (%1)</translation>
    </message>
    <message>
        <source>Chaining ONBUILD via `ONBUILD ONBUILD` isn&apos;t allowed</source>
        <translation>L&apos;enchaînement d&apos;ONBUILD via `ONBUILD ONBUILD` n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>%1 isn&apos;t allowed as an ONBUILD trigger</source>
        <translation>%1 n&apos;est pas autorisé comme déclencheur ONBUILD</translation>
    </message>
    <message>
        <source>the frontend %1 is not run: Ponton builds with its own Dockerfile engine</source>
        <translation>le frontend %1 n&apos;est pas exécuté&#xa0;: Ponton construit avec son propre moteur Dockerfile</translation>
    </message>
    <message>
        <source>MAINTAINER is deprecated: use a LABEL</source>
        <translation>MAINTAINER est obsolète&#xa0;: utilisez un LABEL</translation>
    </message>
    <message>
        <source>ENTRYPOINT in shell form: signals and CMD arguments do not reach the program</source>
        <translation>ENTRYPOINT en forme shell&#xa0;: les signaux et les arguments de CMD n&apos;atteignent pas le programme</translation>
    </message>
    <message>
        <source>CMD in shell form: prefer the JSON form</source>
        <translation>CMD en forme shell&#xa0;: préférez la forme JSON</translation>
    </message>
    <message>
        <source>%1 has no tag: the build takes whatever latest is today</source>
        <translation>%1 n&apos;a pas d&apos;étiquette&#xa0;: la construction prend latest, quelle que soit l&apos;image qu&apos;elle désigne aujourd&apos;hui</translation>
    </message>
    <message>
        <source>%1: latest changes over time; pin a version</source>
        <translation>%1&#xa0;: latest change avec le temps&#xa0;; fixez une version</translation>
    </message>
    <message>
        <source>sudo in a build step: use USER</source>
        <translation>sudo dans une étape de construction&#xa0;: utilisez USER</translation>
    </message>
    <message>
        <source>cd only lasts for this RUN: use WORKDIR to change directory</source>
        <translation>cd ne vaut que pour ce RUN&#xa0;: utilisez WORKDIR pour changer de répertoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in a step of its own: the cache keeps this package index, so later installs use stale lists; update and install in the same RUN</source>
        <translation>«&#xa0;%1&#xa0;» dans une étape à part&#xa0;: le cache conserve cet index des paquets, et les installations suivantes utilisent donc des listes périmées&#xa0;; mettez à jour et installez dans le même RUN</translation>
    </message>
    <message>
        <source>a failure on the left of | does not fail this RUN: add set -o pipefail</source>
        <translation>un échec à gauche du | ne fait pas échouer ce RUN&#xa0;: ajoutez set -o pipefail</translation>
    </message>
    <message>
        <source>apk add without --no-cache leaves the package index in the layer</source>
        <translation>apk add sans --no-cache laisse l&apos;index des paquets dans la couche</translation>
    </message>
    <message>
        <source>apt-get install without -y will wait for an answer</source>
        <translation>apt-get install sans -y attendra une réponse</translation>
    </message>
    <message>
        <source>apt-get install without --no-install-recommends</source>
        <translation>apt-get install sans --no-install-recommends</translation>
    </message>
    <message>
        <source>the apt lists stay in this layer: end the RUN with rm -rf /var/lib/apt/lists/*</source>
        <translation>les listes apt restent dans cette couche&#xa0;: terminez le RUN par rm -rf /var/lib/apt/lists/*</translation>
    </message>
    <message>
        <source>ADD of local files: COPY does the same without the download and unpack rules</source>
        <translation>ADD de fichiers locaux&#xa0;: COPY fait la même chose, sans les règles de téléchargement et de décompression</translation>
    </message>
    <message>
        <source>%1 %2 looks like a secret: its value stays readable in the image</source>
        <translation>%1 %2 ressemble à un secret&#xa0;: sa valeur reste lisible dans l&apos;image</translation>
    </message>
    <message>
        <source>legacy &quot;%1 key value&quot; form: write %1 key=value</source>
        <translation>ancienne forme «&#xa0;%1 key value&#xa0;»&#xa0;: écrivez %1 key=value</translation>
    </message>
    <message>
        <source>this %1 is overridden by the one at line %2: only the last %1 counts</source>
        <translation>ce %1 est remplacé par celui de la ligne %2&#xa0;: seul le dernier %1 compte</translation>
    </message>
    <message>
        <source>the final stage sets no USER: its containers run as root</source>
        <translation>l&apos;étape finale ne définit pas de USER&#xa0;: ses conteneurs s&apos;exécutent en root</translation>
    </message>
    <message>
        <source>the last USER is root: containers of this image run as root</source>
        <translation>le dernier USER est root&#xa0;: les conteneurs de cette image s&apos;exécutent en root</translation>
    </message>
    <message>
        <source>the whole context is copied before dependencies are installed (line %1): any source change reinstalls them</source>
        <translation>tout le contexte est copié avant l&apos;installation des dépendances (ligne %1)&#xa0;: toute modification des sources les réinstalle</translation>
    </message>
    <message>
        <source>relative WORKDIR %1: use an absolute path</source>
        <translation>WORKDIR relatif %1&#xa0;: utilisez un chemin absolu</translation>
    </message>
    <message>
        <source>%1: write instructions in %2 like the rest of the file</source>
        <translation>%1&#xa0;: écrivez les instructions en %2 comme le reste du fichier</translation>
    </message>
    <message>
        <source>upper case</source>
        <translation>majuscules</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>minuscules</translation>
    </message>
    <message>
        <source>only one %1 parser directive can be used</source>
        <translation>une seule directive d&apos;analyse %1 peut être utilisée</translation>
    </message>
    <message>
        <source>invalid escape token &apos;%1&apos; does not match ` or \</source>
        <translation>caractère d&apos;échappement «&#xa0;%1&#xa0;» non valide&#xa0;: il doit être ` ou \</translation>
    </message>
    <message>
        <source>invalid pattern (%1) in substitution: invalid escape &apos;\%2&apos;</source>
        <translation>motif non valide (%1) dans la substitution&#xa0;: échappement «&#xa0;\%2&#xa0;» non valide</translation>
    </message>
    <message>
        <source>failed to process &quot;%1&quot;: %2</source>
        <translation>impossible de traiter «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>unexpected end of statement while looking for matching %1</source>
        <translation>fin d&apos;instruction inattendue en cherchant le %1 correspondant</translation>
    </message>
    <message>
        <source>unexpected end of statement while looking for matching single-quote</source>
        <translation>fin d&apos;instruction inattendue en cherchant l&apos;apostrophe fermante</translation>
    </message>
    <message>
        <source>unexpected end of statement while looking for matching double-quote</source>
        <translation>fin d&apos;instruction inattendue en cherchant le guillemet fermant</translation>
    </message>
    <message>
        <source>syntax error: missing &apos;}&apos;</source>
        <translation>erreur de syntaxe&#xa0;: &apos;}&apos; manquant</translation>
    </message>
    <message>
        <source>syntax error: bad substitution</source>
        <translation>erreur de syntaxe&#xa0;: substitution incorrecte</translation>
    </message>
    <message>
        <source>unsupported modifier (%1) in substitution</source>
        <translation>modificateur (%1) non pris en charge dans la substitution</translation>
    </message>
    <message>
        <source>is not allowed to be unset</source>
        <translation>doit être définie</translation>
    </message>
    <message>
        <source>is not allowed to be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>syntax error: missing &apos;/&apos; in ${}</source>
        <translation>erreur de syntaxe&#xa0;: &apos;/&apos; manquant dans ${}</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>cannot open folder %1</source>
        <translation>impossible d&apos;ouvrir le dossier %1</translation>
    </message>
    <message>
        <source>cannot sync folder %1</source>
        <translation>impossible de synchroniser le dossier %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>impossible de renommer %1 en %2</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>refusing to create a tag with a digest reference: %1</source>
        <translation>refus de créer une étiquette à partir d&apos;une référence par empreinte&#xa0;: %1</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>sortie standard</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>%1: invalid digest &quot;%2&quot;</source>
        <translation>%1&#xa0;: empreinte non valide «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the size must be an integer of at least 0</source>
        <translation>%1&#xa0;: la taille doit être un entier positif ou nul</translation>
    </message>
    <message>
        <source>%1: invalid platform</source>
        <translation>%1&#xa0;: plateforme non valide</translation>
    </message>
    <message>
        <source>%1: a descriptor must be an object</source>
        <translation>%1&#xa0;: un descripteur doit être un objet</translation>
    </message>
    <message>
        <source>%1: the descriptor of %2 has no media type</source>
        <translation>%1&#xa0;: le descripteur de %2 n&apos;a pas de type de média</translation>
    </message>
    <message>
        <source>%1: a history entry must be an object</source>
        <translation>%1&#xa0;: une entrée d&apos;historique doit être un objet</translation>
    </message>
    <message>
        <source>%1: invalid &quot;created&quot; time</source>
        <translation>%1&#xa0;: date «&#xa0;created&#xa0;» non valide</translation>
    </message>
    <message>
        <source>%1: no rootfs</source>
        <translation>%1&#xa0;: pas de rootfs</translation>
    </message>
    <message>
        <source>%1, history %2</source>
        <translation>%1, historique %2</translation>
    </message>
    <message>
        <source>image config %1 is too large: %2 bytes, the limit is %3 bytes</source>
        <translation>la configuration d&apos;image %1 est trop grande&#xa0;: %2 octets, la limite est de %3 octets</translation>
    </message>
    <message>
        <source>image config %1 is not valid JSON</source>
        <translation>la configuration d&apos;image %1 n&apos;est pas un JSON valide</translation>
    </message>
    <message>
        <source>image config %1 is not a JSON object</source>
        <translation>la configuration d&apos;image %1 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>image config %1</source>
        <translation>configuration d&apos;image %1</translation>
    </message>
    <message>
        <source>the image config has %1 history entries with a layer but %2 layers in rootfs.diff_ids</source>
        <translation>la configuration d&apos;image a %1 entrées d&apos;historique avec une couche, mais %2 couches dans rootfs.diff_ids</translation>
    </message>
    <message>
        <source>%1: the index has no manifests array</source>
        <translation>%1&#xa0;: l&apos;index n&apos;a pas de tableau manifests</translation>
    </message>
    <message>
        <source>%1, manifest %2</source>
        <translation>%1, manifeste %2</translation>
    </message>
    <message>
        <source>%1: unsupported schemaVersion %2 for %3</source>
        <translation>%1&#xa0;: schemaVersion %2 non pris en charge pour %3</translation>
    </message>
    <message>
        <source>%1, subject</source>
        <translation>%1, subject</translation>
    </message>
    <message>
        <source>no image for the platform %1 in this index; it has: %2</source>
        <translation>aucune image pour la plateforme %1 dans cet index&#xa0;; il contient&#xa0;: %2</translation>
    </message>
    <message>
        <source>no platform</source>
        <translation>aucune plateforme</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array of strings</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an object of strings</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être un objet de chaînes</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an integer</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être un entier</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an object</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être un tableau</translation>
    </message>
    <message>
        <source>%1, layer %2</source>
        <translation>%1, couche %2</translation>
    </message>
    <message>
        <source>%1: the manifest has no config</source>
        <translation>%1&#xa0;: le manifeste n&apos;a pas de configuration</translation>
    </message>
    <message>
        <source>%1, config</source>
        <translation>%1, configuration</translation>
    </message>
    <message>
        <source>%1 is not a container image: its config has the media type %2</source>
        <translation>%1 n&apos;est pas une image de conteneur&#xa0;: sa configuration a le type de média %2</translation>
    </message>
    <message>
        <source>%1: unsupported layer media type %2 (layer %3)</source>
        <translation>%1&#xa0;: type de média de couche %2 non pris en charge (couche %3)</translation>
    </message>
    <message>
        <source>manifest %1: schema 1 manifests are not supported; push the image with a current client</source>
        <translation>manifeste %1&#xa0;: les manifestes de schéma 1 ne sont pas pris en charge&#xa0;; envoyez l&apos;image avec un client récent</translation>
    </message>
    <message>
        <source>(no media type)</source>
        <translation>(pas de type de média)</translation>
    </message>
    <message>
        <source>manifest %1 (%2) is too large: %3 bytes, the limit is %4 bytes</source>
        <translation>le manifeste %1 (%2) est trop grand&#xa0;: %3 octets, la limite est de %4 octets</translation>
    </message>
    <message>
        <source>manifest %1 (%2) is not valid JSON</source>
        <translation>le manifeste %1 (%2) n&apos;est pas un JSON valide</translation>
    </message>
    <message>
        <source>manifest %1 (%2) is not a JSON object</source>
        <translation>le manifeste %1 (%2) n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>manifest %1: &quot;mediaType&quot; must be a string</source>
        <translation>manifeste %1&#xa0;: «&#xa0;mediaType&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <source>manifest %1 was served as %2 but its content says %3</source>
        <translation>le manifeste %1 a été servi comme %2, mais son contenu indique %3</translation>
    </message>
    <message>
        <source>manifest %1 has no media type and is neither a manifest nor an index</source>
        <translation>le manifeste %1 n&apos;a pas de type de média et n&apos;est ni un manifeste ni un index</translation>
    </message>
    <message>
        <source>manifest %1 claims to be %2 but is really an index</source>
        <translation>le manifeste %1 se présente comme %2 mais est en réalité un index</translation>
    </message>
    <message>
        <source>index %1 claims to be %2 but is really an image manifest</source>
        <translation>l&apos;index %1 se présente comme %2 mais est en réalité un manifeste d&apos;image</translation>
    </message>
    <message>
        <source>manifest %1 has an unsupported media type: %2</source>
        <translation>le manifeste %1 a un type de média non pris en charge&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is an index (%2) where an image manifest was expected</source>
        <translation>%1 est un index (%2) là où un manifeste d&apos;image était attendu</translation>
    </message>
    <message>
        <source>%1 is an image manifest (%2) where an index was expected</source>
        <translation>%1 est un manifeste d&apos;image (%2) là où un index était attendu</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>cannot write %1 without a media type</source>
        <translation>impossible d&apos;écrire %1 sans type de média</translation>
    </message>
    <message>
        <source>cannot write %1 without a digest</source>
        <translation>impossible d&apos;écrire %1 sans empreinte</translation>
    </message>
    <message>
        <source>cannot write %1 with a negative size</source>
        <translation>impossible d&apos;écrire %1 avec une taille négative</translation>
    </message>
    <message>
        <source>cannot write a manifest of media type %1</source>
        <translation>impossible d&apos;écrire un manifeste de type de média %1</translation>
    </message>
    <message>
        <source>cannot write a manifest with schemaVersion %1</source>
        <translation>impossible d&apos;écrire un manifeste avec schemaVersion %1</translation>
    </message>
    <message>
        <source>cannot write an index of media type %1</source>
        <translation>impossible d&apos;écrire un index de type de média %1</translation>
    </message>
    <message>
        <source>cannot write an index with schemaVersion %1</source>
        <translation>impossible d&apos;écrire un index avec schemaVersion %1</translation>
    </message>
    <message>
        <source>invalid platform &quot;%1&quot;: expected os/architecture[/variant]</source>
        <translation>plateforme non valide «&#xa0;%1&#xa0;»&#xa0;: os/architecture[/variant] attendu</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plateforme</translation>
    </message>
    <message>
        <source>platform without os or architecture</source>
        <translation>plateforme sans os ni architecture</translation>
    </message>
    <message>
        <source>%1: unsupported rootfs type &quot;%2&quot;, expected &quot;layers&quot;</source>
        <translation>%1&#xa0;: type de rootfs «&#xa0;%2&#xa0;» non pris en charge, «&#xa0;layers&#xa0;» attendu</translation>
    </message>
    <message>
        <source>%1: invalid diff_id %2: &quot;%3&quot;</source>
        <translation>%1&#xa0;: diff_id %2 non valide&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>invalid RFC 3339 time &quot;%1&quot;</source>
        <translation>date RFC 3339 non valide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>invalid digest &quot;%1&quot;: missing algorithm</source>
        <translation>empreinte non valide «&#xa0;%1&#xa0;»&#xa0;: algorithme manquant</translation>
    </message>
    <message>
        <source>unsupported digest algorithm &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>algorithme d&apos;empreinte «&#xa0;%1&#xa0;» non pris en charge dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>invalid digest &quot;%1&quot;: expected 64 lower-case hex characters</source>
        <translation>empreinte non valide «&#xa0;%1&#xa0;»&#xa0;: 64 caractères hexadécimaux en minuscules attendus</translation>
    </message>
    <message>
        <source>invalid reference format: &quot;%1&quot;</source>
        <translation>format de référence non valide&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>invalid reference format: repository name in &quot;%1&quot; must be lowercase</source>
        <translation>format de référence non valide&#xa0;: le nom de dépôt dans «&#xa0;%1&#xa0;» doit être en minuscules</translation>
    </message>
    <message>
        <source>invalid reference &quot;%1&quot;: repository name must not be more than %2 characters</source>
        <translation>référence non valide «&#xa0;%1&#xa0;»&#xa0;: le nom de dépôt ne doit pas dépasser %2 caractères</translation>
    </message>
    <message>
        <source>invalid reference &quot;%1&quot;: tag must not be more than %2 characters</source>
        <translation>référence non valide «&#xa0;%1&#xa0;»&#xa0;: l&apos;étiquette ne doit pas dépasser %2 caractères</translation>
    </message>
    <message>
        <source>invalid digest &quot;%1&quot; in reference &quot;%2&quot;</source>
        <translation>empreinte non valide «&#xa0;%1&#xa0;» dans la référence «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>invalid reference format: repository name must have at least one component</source>
        <translation>format de référence non valide&#xa0;: le nom de dépôt doit avoir au moins un composant</translation>
    </message>
    <message>
        <source>invalid repository name &quot;%1&quot;: cannot specify 64-byte hexadecimal strings</source>
        <translation>nom de dépôt non valide «&#xa0;%1&#xa0;»&#xa0;: impossible d&apos;indiquer des chaînes hexadécimales de 64 octets</translation>
    </message>
    <message>
        <source>invalid tag &quot;%1&quot;</source>
        <translation>étiquette non valide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>blob %1</source>
        <translation>blob %1</translation>
    </message>
    <message>
        <source>The registry announced another digest for blob %1.</source>
        <translation>Le registre a annoncé une autre empreinte pour le blob %1.</translation>
    </message>
    <message>
        <source>The registry sent an unexpected range.</source>
        <translation>Le registre a envoyé une plage inattendue.</translation>
    </message>
    <message>
        <source>Blob %1 is larger than its descriptor says.</source>
        <translation>Le blob %1 est plus grand que ne l&apos;indique son descripteur.</translation>
    </message>
    <message>
        <source>The download of blob %1 ended early.</source>
        <translation>Le téléchargement du blob %1 s&apos;est arrêté prématurément.</translation>
    </message>
    <message>
        <source>Cannot read blob %1.</source>
        <translation>Impossible de lire le blob %1.</translation>
    </message>
    <message>
        <source>Cannot run the credential helper %1.</source>
        <translation>Impossible d&apos;exécuter l&apos;assistant d&apos;identifiants %1.</translation>
    </message>
    <message>
        <source>The credential helper %1 did not answer.</source>
        <translation>L&apos;assistant d&apos;identifiants %1 n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>The credential helper %1 failed.</source>
        <translation>L&apos;assistant d&apos;identifiants %1 a échoué.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 is not a valid configuration file.</source>
        <translation>%1 n&apos;est pas un fichier de configuration valide.</translation>
    </message>
    <message>
        <source>Not logged in to %1.</source>
        <translation>Non connecté à %1.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>%1: the registry sent a different manifest.</source>
        <translation>%1&#xa0;: le registre a envoyé un autre manifeste.</translation>
    </message>
    <message>
        <source>%1: the registry announced a digest that does not match the manifest.</source>
        <translation>%1&#xa0;: le registre a annoncé une empreinte qui ne correspond pas au manifeste.</translation>
    </message>
    <message>
        <source>No image reference to pull.</source>
        <translation>Aucune référence d&apos;image à récupérer.</translation>
    </message>
    <message>
        <source>The pull of %1 was canceled.</source>
        <translation>La récupération de %1 a été annulée.</translation>
    </message>
    <message>
        <source>%1: an index points to another index.</source>
        <translation>%1&#xa0;: un index pointe vers un autre index.</translation>
    </message>
    <message>
        <source>%1: the image config is too large.</source>
        <translation>%1&#xa0;: la configuration de l&apos;image est trop grande.</translation>
    </message>
    <message>
        <source>Push %1 needs a tag.</source>
        <translation>L&apos;envoi de %1 nécessite une étiquette.</translation>
    </message>
    <message>
        <source>The push of %1 was canceled.</source>
        <translation>L&apos;envoi de %1 a été annulé.</translation>
    </message>
    <message>
        <source>The registry stored the manifest of %1 under another digest.</source>
        <translation>Le registre a enregistré le manifeste de %1 sous une autre empreinte.</translation>
    </message>
    <message>
        <source>The registry sent more data than expected.</source>
        <translation>Le registre a envoyé plus de données que prévu.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>La connexion à %1 a échoué.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of strings.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être une liste de chaînes.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number of at least %3.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être un nombre supérieur ou égal à %3.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>%1: authentication required.</source>
        <translation>%1&#xa0;: authentification requise.</translation>
    </message>
    <message>
        <source>%1: access denied.</source>
        <translation>%1&#xa0;: accès refusé.</translation>
    </message>
    <message>
        <source>%1: not found.</source>
        <translation>%1&#xa0;: introuvable.</translation>
    </message>
    <message>
        <source>%1: the registry is unavailable.</source>
        <translation>%1&#xa0;: le registre est indisponible.</translation>
    </message>
    <message>
        <source>%1: the registry refused the request.</source>
        <translation>%1&#xa0;: le registre a refusé la requête.</translation>
    </message>
    <message>
        <source>%1 is not an insecure registry: plain HTTP is refused.</source>
        <translation>%1 n&apos;est pas un registre non sécurisé&#xa0;: le HTTP en clair est refusé.</translation>
    </message>
    <message>
        <source>Cannot reach the registry %1.</source>
        <translation>Impossible de joindre le registre %1.</translation>
    </message>
    <message>
        <source>%1 asks for authentication it does not describe.</source>
        <translation>%1 demande une authentification qu&apos;il ne décrit pas.</translation>
    </message>
    <message>
        <source>%1 requires a login.</source>
        <translation>%1 exige une connexion.</translation>
    </message>
    <message>
        <source>%1 names an unusable token server.</source>
        <translation>%1 désigne un serveur de jetons inutilisable.</translation>
    </message>
    <message>
        <source>The token server of %1 refused the credentials.</source>
        <translation>Le serveur de jetons de %1 a refusé les identifiants.</translation>
    </message>
    <message>
        <source>Cannot get a token for %1.</source>
        <translation>Impossible d&apos;obtenir un jeton pour %1.</translation>
    </message>
    <message>
        <source>The token server of %1 sent no token.</source>
        <translation>Le serveur de jetons de %1 n&apos;a envoyé aucun jeton.</translation>
    </message>
    <message>
        <source>Cannot talk to the runtime helper.</source>
        <translation>Impossible de communiquer avec l&apos;assistant d&apos;exécution.</translation>
    </message>
    <message>
        <source>The runtime helper sent no valid reply.</source>
        <translation>L&apos;assistant d&apos;exécution n&apos;a envoyé aucune réponse valide.</translation>
    </message>
    <message>
        <source>The runtime helper&apos;s socket path is too long: %1</source>
        <translation>Le chemin du socket de l&apos;assistant d&apos;exécution est trop long&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot connect to the runtime helper at %1.</source>
        <translation>Impossible de se connecter à l&apos;assistant d&apos;exécution sur %1.</translation>
    </message>
    <message>
        <source>The request to the runtime helper is too large.</source>
        <translation>La requête adressée à l&apos;assistant d&apos;exécution est trop grande.</translation>
    </message>
    <message>
        <source>The runtime helper failed: %1</source>
        <translation>L&apos;assistant d&apos;exécution a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The runtime helper is not running and cannot be started.</source>
        <translation>L&apos;assistant d&apos;exécution ne tourne pas et ne peut pas être démarré.</translation>
    </message>
    <message>
        <source>Cannot start the runtime helper.</source>
        <translation>Impossible de démarrer l&apos;assistant d&apos;exécution.</translation>
    </message>
    <message>
        <source>Cannot start the runtime helper %1.</source>
        <translation>Impossible de démarrer l&apos;assistant d&apos;exécution %1.</translation>
    </message>
    <message>
        <source>The runtime helper did not start.</source>
        <translation>L&apos;assistant d&apos;exécution n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>The runtime helper sent no terminal.</source>
        <translation>L&apos;assistant d&apos;exécution n&apos;a envoyé aucun terminal.</translation>
    </message>
    <message>
        <source>invalid ingest name &quot;%1&quot;</source>
        <translation>nom d&apos;ingestion non valide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot create ingest file %1</source>
        <translation>impossible de créer le fichier d&apos;ingestion %1</translation>
    </message>
    <message>
        <source>cannot read ingest file %1</source>
        <translation>impossible de lire le fichier d&apos;ingestion %1</translation>
    </message>
    <message>
        <source>write to a closed blob writer (%1)</source>
        <translation>écriture dans un blob déjà fermé (%1)</translation>
    </message>
    <message>
        <source>cannot write ingest file %1</source>
        <translation>impossible d&apos;écrire le fichier d&apos;ingestion %1</translation>
    </message>
    <message>
        <source>blob %1 failed verification: got %2 (%3 bytes), expected %1 (%4 bytes)</source>
        <translation>échec de la vérification du blob %1&#xa0;: obtenu %2 (%3 octets), attendu %1 (%4 octets)</translation>
    </message>
    <message>
        <source>cannot write blob %1</source>
        <translation>impossible d&apos;écrire le blob %1</translation>
    </message>
    <message>
        <source>blob %1 is not in the store</source>
        <translation>le blob %1 n&apos;est pas dans le magasin</translation>
    </message>
    <message>
        <source>blob %1 is %2 bytes, more than the %3 allowed</source>
        <translation>le blob %1 fait %2 octets, plus que les %3 autorisés</translation>
    </message>
    <message>
        <source>blob %1 is corrupt: its content does not match its digest</source>
        <translation>le blob %1 est corrompu&#xa0;: son contenu ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <source>content does not match digest %1 (got %2)</source>
        <translation>le contenu ne correspond pas à l&apos;empreinte %1 (obtenu %2)</translation>
    </message>
    <message>
        <source>cannot read blob %1</source>
        <translation>impossible de lire le blob %1</translation>
    </message>
    <message>
        <source>blob %1 is corrupt: its content hashes to %2</source>
        <translation>le blob %1 est corrompu&#xa0;: l&apos;empreinte de son contenu est %2</translation>
    </message>
    <message>
        <source>unexpected file %1 in the blob folder</source>
        <translation>fichier %1 inattendu dans le dossier des blobs</translation>
    </message>
    <message>
        <source>cannot remove blob %1</source>
        <translation>impossible de supprimer le blob %1</translation>
    </message>
    <message>
        <source>cannot open the store lock %1</source>
        <translation>impossible d&apos;ouvrir le verrou du magasin %1</translation>
    </message>
    <message>
        <source>cannot lock the store (%1)</source>
        <translation>impossible de verrouiller le magasin (%1)</translation>
    </message>
    <message>
        <source>%1: invalid tag &quot;%2&quot;</source>
        <translation>%1&#xa0;: étiquette non valide «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>archive %1 is neither a docker-archive (no manifest.json) nor an OCI archive (no index.json and oci-layout)</source>
        <translation>l&apos;archive %1 n&apos;est ni une docker-archive (pas de manifest.json) ni une archive OCI (pas d&apos;index.json ni d&apos;oci-layout)</translation>
    </message>
    <message>
        <source>archive %1 holds no image</source>
        <translation>l&apos;archive %1 ne contient aucune image</translation>
    </message>
    <message>
        <source>load canceled</source>
        <translation>chargement annulé</translation>
    </message>
    <message>
        <source>archive %1: entry &quot;%2&quot; appears twice</source>
        <translation>archive %1&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>archive %1: entry &quot;%2&quot; is neither a file, a folder nor a link</source>
        <translation>archive %1&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» n&apos;est ni un fichier, ni un dossier, ni un lien</translation>
    </message>
    <message>
        <source>archive %1: entry &quot;%2&quot; is larger than %3 bytes</source>
        <translation>archive %1&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» dépasse %3 octets</translation>
    </message>
    <message>
        <source>entry too large</source>
        <translation>entrée trop grande</translation>
    </message>
    <message>
        <source>blob %1 failed verification: got %2</source>
        <translation>échec de la vérification du blob %1&#xa0;: obtenu %2</translation>
    </message>
    <message>
        <source>archive %1, entry &quot;%2&quot;: %3</source>
        <translation>archive %1, entrée «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>archive %1: layer %2 (&quot;%3&quot;) has the diff_id %4, but the config says %5</source>
        <translation>archive %1&#xa0;: la couche %2 («&#xa0;%3&#xa0;») a le diff_id %4, mais la configuration indique %5</translation>
    </message>
    <message>
        <source>archive %1: manifest.json refers to the config &quot;%2&quot;, which is not in the archive</source>
        <translation>archive %1&#xa0;: manifest.json fait référence à la configuration «&#xa0;%2&#xa0;», qui n&apos;est pas dans l&apos;archive</translation>
    </message>
    <message>
        <source>archive %1: config &quot;%2&quot; hashes to %3</source>
        <translation>archive %1&#xa0;: l&apos;empreinte de la configuration «&#xa0;%2&#xa0;» est %3</translation>
    </message>
    <message>
        <source>archive %1: image %2 of manifest.json lists %3 layers, its config %4 diff_ids</source>
        <translation>archive %1&#xa0;: l&apos;image %2 de manifest.json liste %3 couches, sa configuration %4 diff_ids</translation>
    </message>
    <message>
        <source>archive %1: manifest.json refers to the layer &quot;%2&quot;, which is not in the archive</source>
        <translation>archive %1&#xa0;: manifest.json fait référence à la couche «&#xa0;%2&#xa0;», qui n&apos;est pas dans l&apos;archive</translation>
    </message>
    <message>
        <source>archive %1, manifest.json</source>
        <translation>archive %1, manifest.json</translation>
    </message>
    <message>
        <source>archive %1: oci-layout is not an OCI image layout marker</source>
        <translation>archive %1&#xa0;: oci-layout n&apos;est pas un marqueur de format OCI Image Layout</translation>
    </message>
    <message>
        <source>archive %1: index.json is not a JSON object</source>
        <translation>archive %1&#xa0;: index.json n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>archive %1, index.json</source>
        <translation>archive %1, index.json</translation>
    </message>
    <message>
        <source>archive %1: indexes nested deeper than %2</source>
        <translation>archive %1&#xa0;: index imbriqués sur plus de %2 niveaux</translation>
    </message>
    <message>
        <source>archive %1: index %2 is not in the archive</source>
        <translation>archive %1&#xa0;: l&apos;index %2 n&apos;est pas dans l&apos;archive</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>manifeste</translation>
    </message>
    <message>
        <source>config</source>
        <translation>configuration</translation>
    </message>
    <message>
        <source>archive %1: %2 %3 is not in the archive</source>
        <translation>archive %1&#xa0;: %2 %3 introuvable dans l&apos;archive</translation>
    </message>
    <message>
        <source>archive %1: %2 %3 is %4 bytes, its descriptor says %5</source>
        <translation>archive %1&#xa0;: %2 %3 fait %4 octets, mais son descripteur indique %5</translation>
    </message>
    <message>
        <source>archive %1: manifest lists %2 layers but its config %3 diff_ids</source>
        <translation>archive %1&#xa0;: le manifeste liste %2 couches, mais sa configuration %3 diff_ids</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <source>archive %1: layer %2 has the media type %3 but its content is compressed with %4</source>
        <translation>archive %1&#xa0;: la couche %2 a le type de média %3, mais son contenu est compressé avec %4</translation>
    </message>
    <message>
        <source>The image %1 already exists, renaming the old one with ID %2 to empty string</source>
        <translation>L&apos;image %1 existe déjà&#xa0;: l&apos;ancienne, d&apos;ID %2, n&apos;a plus de nom</translation>
    </message>
    <message>
        <source>Loaded image: %1</source>
        <translation>Image chargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loaded image ID: %1</source>
        <translation>ID de l&apos;image chargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot open blob %1</source>
        <translation>impossible d&apos;ouvrir le blob %1</translation>
    </message>
    <message>
        <source>save canceled</source>
        <translation>enregistrement annulé</translation>
    </message>
    <message>
        <source>blob %1 of the store is corrupt: its content hashes to %2</source>
        <translation>le blob %1 du magasin est corrompu&#xa0;: l&apos;empreinte de son contenu est %2</translation>
    </message>
    <message>
        <source>layer %1 of image %2 is uncompressed but differs from its diff_id %3</source>
        <translation>la couche %1 de l&apos;image %2 n&apos;est pas compressée, mais diffère de son diff_id %3</translation>
    </message>
    <message>
        <source>layer %1 of image %2 has the diff_id %3, its config says %4</source>
        <translation>la couche %1 de l&apos;image %2 a le diff_id %3, sa configuration indique %4</translation>
    </message>
    <message>
        <source>image %1 is inconsistent: %2 layers, %3 diff_ids</source>
        <translation>l&apos;image %1 est incohérente&#xa0;: %2 couches, %3 diff_ids</translation>
    </message>
    <message>
        <source>save needs at least one image</source>
        <translation>save exige au moins une image</translation>
    </message>
    <message>
        <source>conflict: unable to remove repository reference &quot;%1&quot; (must force) - container %2 is using its referenced image %3</source>
        <translation>conflit&#xa0;: impossible de supprimer la référence de dépôt «&#xa0;%1&#xa0;» (forçage nécessaire) - le conteneur %2 utilise l&apos;image référencée %3</translation>
    </message>
    <message>
        <source>conflict: unable to delete %1 (cannot be forced) - image has dependent child images</source>
        <translation>conflit&#xa0;: impossible de supprimer %1 (forçage impossible) - l&apos;image a des images enfants qui en dépendent</translation>
    </message>
    <message>
        <source>conflict: unable to delete %1 (cannot be forced) - image is being used by running container %2</source>
        <translation>conflit&#xa0;: impossible de supprimer %1 (forçage impossible) - l&apos;image est utilisée par le conteneur en cours d&apos;exécution %2</translation>
    </message>
    <message>
        <source>conflict: unable to delete %1 (must be forced) - image is being used by stopped container %2</source>
        <translation>conflit&#xa0;: impossible de supprimer %1 (forçage nécessaire) - l&apos;image est utilisée par le conteneur arrêté %2</translation>
    </message>
    <message>
        <source>conflict: unable to delete %1 (must be forced) - image is referenced in multiple repositories</source>
        <translation>conflit&#xa0;: impossible de supprimer %1 (forçage nécessaire) - l&apos;image est référencée dans plusieurs dépôts</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>the store&apos;s index.json is not a JSON object</source>
        <translation>l&apos;index.json du magasin n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>No such image: %1</source>
        <translation>Image introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>short image ID %1 is ambiguous: it matches %2 images</source>
        <translation>l&apos;ID d&apos;image court %1 est ambigu&#xa0;: il correspond à %2 images</translation>
    </message>
    <message>
        <source>image %1 is inconsistent: its manifest lists %2 layers but its config %3 diff_ids</source>
        <translation>l&apos;image %1 est incohérente&#xa0;: son manifeste liste %2 couches, mais sa configuration %3 diff_ids</translation>
    </message>
    <message>
        <source>layer %1 of image %2 is not in the store</source>
        <translation>la couche %1 de l&apos;image %2 n&apos;est pas dans le magasin</translation>
    </message>
    <message>
        <source>layer %1 of image %2 is %3 bytes, its descriptor says %4</source>
        <translation>la couche %1 de l&apos;image %2 fait %3 octets, son descripteur indique %4</translation>
    </message>
    <message>
        <source>manifest %1 is %2 bytes, its descriptor says %3</source>
        <translation>le manifeste %1 fait %2 octets, son descripteur indique %3</translation>
    </message>
    <message>
        <source>image %1: %2 layer sizes given for %3 layers</source>
        <translation>image %1&#xa0;: %2 tailles de couche fournies pour %3 couches</translation>
    </message>
    <message>
        <source>cannot tag with a digest reference: %1</source>
        <translation>impossible d&apos;étiqueter avec une référence par empreinte&#xa0;: %1</translation>
    </message>
    <message>
        <source>image %1 names a parent %2 that is not in the store</source>
        <translation>l&apos;image %1 désigne un parent %2 qui n&apos;est pas dans le magasin</translation>
    </message>
    <message>
        <source>oci-layout is missing in %1</source>
        <translation>oci-layout est absent de %1</translation>
    </message>
    <message>
        <source>oci-layout does not declare imageLayoutVersion 1.0.0</source>
        <translation>oci-layout ne déclare pas imageLayoutVersion 1.0.0</translation>
    </message>
    <message>
        <source>index entry %1: %2</source>
        <translation>entrée d&apos;index %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>index entry %1: the manifest is %2 bytes, the index says %3</source>
        <translation>entrée d&apos;index %1&#xa0;: le manifeste fait %2 octets, l&apos;index indique %3</translation>
    </message>
    <message>
        <source>image %1: config %2: %3</source>
        <translation>image %1&#xa0;: configuration %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>image %1: %2 layers but %3 diff_ids</source>
        <translation>image %1&#xa0;: %2 couches mais %3 diff_ids</translation>
    </message>
    <message>
        <source>image %1: layer %2 is missing</source>
        <translation>image %1&#xa0;: la couche %2 est absente</translation>
    </message>
    <message>
        <source>image %1: layer %2 is %3 bytes, its descriptor says %4</source>
        <translation>image %1&#xa0;: la couche %2 fait %3 octets, son descripteur indique %4</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted write(s) in ingest/ (resumable or collected by system prune)</source>
        <translation>
            <numerusform>%n écriture interrompue dans ingest/ (elle peut reprendre, ou system prune la nettoiera)</numerusform>
            <numerusform>%n écritures interrompues dans ingest/ (elles peuvent reprendre, ou system prune les nettoiera)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temporary index file(s) left by an interrupted change</source>
        <translation>
            <numerusform>%n fichier d&apos;index temporaire laissé par une modification interrompue</numerusform>
            <numerusform>%n fichiers d&apos;index temporaires laissés par une modification interrompue</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the bind mount source %1.</source>
        <translation>Impossible d&apos;ouvrir la source %1 du montage bind.</translation>
    </message>
    <message>
        <source>cannot read layer %1 at entry &quot;%2&quot;</source>
        <translation>impossible de lire la couche %1 à l&apos;entrée «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>entry name &quot;%1&quot; holds a NUL byte</source>
        <translation>le nom d&apos;entrée «&#xa0;%1&#xa0;» contient un octet NUL</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; climbs out of the layer&apos;s root</source>
        <translation>l&apos;entrée «&#xa0;%1&#xa0;» sort de la racine de la couche</translation>
    </message>
    <message>
        <source>cannot create the zip file %1</source>
        <translation>impossible de créer le fichier zip %1</translation>
    </message>
    <message>
        <source>cannot add %1 to the zip file %2</source>
        <translation>impossible d&apos;ajouter %1 au fichier zip %2</translation>
    </message>
    <message>
        <source>cannot write %1 into the zip file %2</source>
        <translation>impossible d&apos;écrire %1 dans le fichier zip %2</translation>
    </message>
    <message>
        <source>cannot finish the zip file %1</source>
        <translation>impossible de terminer le fichier zip %1</translation>
    </message>
    <message>
        <source>cannot read the build cache %1</source>
        <translation>impossible de lire le cache de construction %1</translation>
    </message>
    <message>
        <source>cannot create a folder for the build context</source>
        <translation>impossible de créer un dossier pour le contexte de construction</translation>
    </message>
    <message>
        <source>cannot read the build context %1</source>
        <translation>impossible de lire le contexte de construction %1</translation>
    </message>
    <message>
        <source>unable to prepare context: path &quot;%1&quot; not found</source>
        <translation>impossible de préparer le contexte&#xa0;: chemin «&#xa0;%1&#xa0;» introuvable</translation>
    </message>
    <message>
        <source>cannot read the Dockerfile from standard input</source>
        <translation>impossible de lire le Dockerfile depuis l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Cannot locate specified Dockerfile: %1</source>
        <translation>Impossible de trouver le Dockerfile indiqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the build context %1 is not a tar archive</source>
        <translation>le contexte de construction %1 n&apos;est pas une archive tar</translation>
    </message>
    <message>
        <source>the build context %1 is not a valid tar archive</source>
        <translation>le contexte de construction %1 n&apos;est pas une archive tar valide</translation>
    </message>
    <message>
        <source>the build context %1 has an unsafe entry %2</source>
        <translation>le contexte de construction %1 contient une entrée dangereuse %2</translation>
    </message>
    <message>
        <source>cannot unpack %1 from the build context %2</source>
        <translation>impossible d&apos;extraire %1 du contexte de construction %2</translation>
    </message>
    <message>
        <source>the build context %1 is truncated at %2</source>
        <translation>le contexte de construction %1 est tronqué à %2</translation>
    </message>
    <message>
        <source>the build context %1 is not a zip archive</source>
        <translation>le contexte de construction %1 n&apos;est pas une archive zip</translation>
    </message>
    <message>
        <source>the build context %1 is not a valid zip archive</source>
        <translation>le contexte de construction %1 n&apos;est pas une archive zip valide</translation>
    </message>
    <message>
        <source>the zip entry %1 of %2 is corrupt</source>
        <translation>l&apos;entrée zip %1 de %2 est corrompue</translation>
    </message>
    <message>
        <source>cache disabled (--no-cache)</source>
        <translation>cache désactivé (--no-cache)</translation>
    </message>
    <message>
        <source>no cached step for this instruction</source>
        <translation>aucune étape en cache pour cette instruction</translation>
    </message>
    <message>
        <source>the instruction changed</source>
        <translation>l&apos;instruction a changé</translation>
    </message>
    <message>
        <source>build argument %1 changed</source>
        <translation>l&apos;argument de construction %1 a changé</translation>
    </message>
    <message>
        <source>file %1 changed</source>
        <translation>le fichier %1 a changé</translation>
    </message>
    <message>
        <source>the parent image is different</source>
        <translation>l&apos;image parente est différente</translation>
    </message>
    <message>
        <source>an earlier step was rebuilt</source>
        <translation>une étape précédente a été reconstruite</translation>
    </message>
    <message>
        <source>failed to reach build target %1 in Dockerfile</source>
        <translation>impossible d&apos;atteindre la cible de construction %1 dans le Dockerfile</translation>
    </message>
    <message>
        <source>[Warning] One or more build-args [%1] were not consumed</source>
        <translation>[Avertissement] Un ou plusieurs arguments de construction [%1] n&apos;ont pas été utilisés</translation>
    </message>
    <message>
        <source>No image was generated. Is your Dockerfile empty?</source>
        <translation>Aucune image n&apos;a été générée. Votre Dockerfile est-il vide&#xa0;?</translation>
    </message>
    <message>
        <source>pull access denied for %1: no registry is configured</source>
        <translation>accès refusé pour la récupération de %1&#xa0;: aucun registre n&apos;est configuré</translation>
    </message>
    <message>
        <source>%1:%2: base name (%3) should not be blank</source>
        <translation>%1:%2: le nom de base (%3) ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1:%2: FROM %3: %4</source>
        <translation>%1:%2: FROM %3&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source># Executing %n build trigger(s)</source>
        <translation>
            <numerusform># Exécution de %n déclencheur de construction</numerusform>
            <numerusform># Exécution de %n déclencheurs de construction</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid ONBUILD trigger of the base image: %1</source>
        <translation>déclencheur ONBUILD de l&apos;image de base non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the runtime helper is not available</source>
        <translation>l&apos;assistant d&apos;exécution n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>unable to convert uid/gid chown string to host mapping: no such user: %1</source>
        <translation>impossible de convertir la chaîne chown uid/gid en correspondance sur l&apos;hôte&#xa0;: utilisateur inexistant&#xa0;: %1</translation>
    </message>
    <message>
        <source>unable to convert uid/gid chown string to host mapping: no such group: %1</source>
        <translation>impossible de convertir la chaîne chown uid/gid en correspondance sur l&apos;hôte&#xa0;: groupe inexistant&#xa0;: %1</translation>
    </message>
    <message>
        <source>COPY failed: file not found in build context or excluded by .dockerignore: stat %1: file does not exist</source>
        <translation>échec de COPY&#xa0;: fichier introuvable dans le contexte de construction ou exclu par .dockerignore&#xa0;: stat %1&#xa0;: le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>When using COPY with more than one source file, the destination must be a directory and end with a /</source>
        <translation>Quand COPY reçoit plusieurs fichiers sources, la destination doit être un répertoire et se terminer par un /</translation>
    </message>
    <message>
        <source>cannot write %1 into the layer</source>
        <translation>impossible d&apos;écrire %1 dans la couche</translation>
    </message>
    <message>
        <source>cannot read the archive %1</source>
        <translation>impossible de lire l&apos;archive %1</translation>
    </message>
    <message>
        <source>the archive %1 is damaged</source>
        <translation>l&apos;archive %1 est endommagée</translation>
    </message>
    <message>
        <source>the archive %1 has an unsafe entry %2</source>
        <translation>l&apos;archive %1 contient une entrée dangereuse %2</translation>
    </message>
    <message>
        <source>the archive %1 is truncated at %2</source>
        <translation>l&apos;archive %1 est tronquée à %2</translation>
    </message>
    <message>
        <source>cannot create a pipe for the output of RUN</source>
        <translation>impossible de créer un tube pour la sortie de RUN</translation>
    </message>
    <message>
        <source>cannot read the output of RUN</source>
        <translation>impossible de lire la sortie de RUN</translation>
    </message>
    <message>
        <source>cannot open the layer %1</source>
        <translation>impossible d&apos;ouvrir la couche %1</translation>
    </message>
    <message>
        <source>RUN needs the runtime helper, which is not available</source>
        <translation>RUN a besoin de l&apos;assistant d&apos;exécution, qui n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>The command &apos;%1&apos; returned a non-zero code: %2</source>
        <translation>La commande «&#xa0;%1&#xa0;» a renvoyé un code non nul&#xa0;: %2</translation>
    </message>
    <message>
        <source>the --mount, --network and --security options of RUN require BuildKit</source>
        <translation>les options --mount, --network et --security de RUN nécessitent BuildKit</translation>
    </message>
    <message>
        <source>%1 is not supported here</source>
        <translation>%1 n&apos;est pas pris en charge ici</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;-t, --tag&quot; flag: %2</source>
        <translation>argument «&#xa0;%1&#xa0;» non valide pour l&apos;option «&#xa0;-t, --tag&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid change command</source>
        <translation>%1 n&apos;est pas une commande de modification valide</translation>
    </message>
    <message>
        <source>The image %1 of container %2 is no longer in the store.</source>
        <translation>L&apos;image %1 du conteneur %2 n&apos;est plus dans le magasin.</translation>
    </message>
    <message>
        <source>Container %1 is not running</source>
        <translation>Le conteneur %1 n&apos;est pas en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>No such container: %1</source>
        <translation>Conteneur introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>no command specified</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>Invalid container name (%1), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed</source>
        <translation>Nom de conteneur non valide (%1), seuls [a-zA-Z0-9][a-zA-Z0-9_.-] sont autorisés</translation>
    </message>
    <message>
        <source>Conflict. The container name &quot;/%1&quot; is already in use by container &quot;%2&quot;. You have to remove (or rename) that container to be able to reuse that name.</source>
        <translation>Conflit. Le nom de conteneur «&#xa0;/%1&#xa0;» est déjà utilisé par le conteneur «&#xa0;%2&#xa0;». Vous devez supprimer (ou renommer) ce conteneur pour pouvoir réutiliser ce nom.</translation>
    </message>
    <message>
        <source>You cannot attach to a stopped container, start it first</source>
        <translation>Impossible de s&apos;attacher à un conteneur arrêté, démarrez-le d&apos;abord</translation>
    </message>
    <message>
        <source>Container %1 has no terminal to attach to.</source>
        <translation>Le conteneur %1 n&apos;a pas de terminal auquel s&apos;attacher.</translation>
    </message>
    <message>
        <source>Cannot kill container: %1: Container %2 is not running</source>
        <translation>Impossible de tuer le conteneur&#xa0;: %1&#xa0;: le conteneur %2 n&apos;est pas en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Container %1 is already paused</source>
        <translation>Le conteneur %1 est déjà en pause</translation>
    </message>
    <message>
        <source>Container %1 is not paused</source>
        <translation>Le conteneur %1 n&apos;est pas en pause</translation>
    </message>
    <message>
        <source>cannot remove container &quot;/%1&quot;: container is %2: stop the container before removing or force remove</source>
        <translation>impossible de supprimer le conteneur «&#xa0;/%1&#xa0;»&#xa0;: le conteneur est à l&apos;état %2&#xa0;: arrêtez-le avant de le supprimer, ou forcez la suppression</translation>
    </message>
    <message>
        <source>The runtime helper sent no log.</source>
        <translation>L&apos;assistant d&apos;exécution n&apos;a envoyé aucun journal.</translation>
    </message>
    <message>
        <source>container record %1 is damaged: no valid ID</source>
        <translation>la fiche du conteneur %1 est endommagée&#xa0;: aucun ID valide</translation>
    </message>
    <message>
        <source>Cannot remove the record of container %1.</source>
        <translation>Impossible de supprimer la fiche du conteneur %1.</translation>
    </message>
    <message>
        <source>multiple IDs found with provided prefix: %1</source>
        <translation>plusieurs ID trouvés avec le préfixe fourni&#xa0;: %1</translation>
    </message>
    <message>
        <source>container %1 is paused, unpause the container before exec</source>
        <translation>le conteneur %1 est en pause, réactivez-le avant exec</translation>
    </message>
    <message>
        <source>container %1 is not running</source>
        <translation>le conteneur %1 n&apos;est pas en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>no file to export</source>
        <translation>aucun fichier à exporter</translation>
    </message>
    <message>
        <source>No stored credentials for %1.</source>
        <translation>Aucun identifiant enregistré pour %1.</translation>
    </message>
    <message>
        <source>Cannot read the container&apos;s changes.</source>
        <translation>Impossible de lire les modifications du conteneur.</translation>
    </message>
    <message>
        <source>Cannot capture the container&apos;s changes.</source>
        <translation>Impossible de capturer les modifications du conteneur.</translation>
    </message>
    <message>
        <source>The container&apos;s changes were damaged on their way to the store.</source>
        <translation>Les modifications du conteneur ont été endommagées en chemin vers le magasin.</translation>
    </message>
    <message>
        <source>Permission denied on the Ponton runtime helper&apos;s socket %1: only root and members of the &quot;ponton&quot; group may use it. Join the group with &quot;sudo usermod -aG ponton %2&quot;, then log in again.</source>
        <translation>Permission refusée sur le socket %1 de l&apos;assistant d&apos;exécution de Ponton&#xa0;: seuls root et les membres du groupe «&#xa0;ponton&#xa0;» peuvent l&apos;utiliser. Rejoignez le groupe avec «&#xa0;sudo usermod -aG ponton %2&#xa0;», puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The Ponton runtime helper is not running (no answer at %1). Start it with &quot;sudo systemctl enable --now ponton-helper.socket&quot;.</source>
        <translation>L&apos;assistant d&apos;exécution de Ponton ne tourne pas (aucune réponse sur %1). Démarrez-le avec «&#xa0;sudo systemctl enable --now ponton-helper.socket&#xa0;».</translation>
    </message>
    <message>
        <source>layer %1 is missing from the store</source>
        <translation>la couche %1 est absente du magasin</translation>
    </message>
    <message>
        <source>image %1: %2 layers but %3 diff_ids in its config</source>
        <translation>image %1&#xa0;: %2 couches mais %3 diff_ids dans sa configuration</translation>
    </message>
    <message>
        <source>%1 is not a regular file in layer %2</source>
        <translation>%1 n&apos;est pas un fichier ordinaire dans la couche %2</translation>
    </message>
    <message>
        <source>layer %1 holds no file %2</source>
        <translation>la couche %1 ne contient pas de fichier %2</translation>
    </message>
    <message>
        <source>source can&apos;t be a URL for COPY</source>
        <translation>la source ne peut pas être une URL pour COPY</translation>
    </message>
    <message>
        <source>checksum can&apos;t be specified for non-HTTP(S) sources</source>
        <translation>une somme de contrôle ne peut pas être indiquée pour une source non HTTP(S)</translation>
    </message>
    <message>
        <source>invalid checksum %1: expected sha256:&lt;64 hex digits&gt;</source>
        <translation>somme de contrôle non valide %1&#xa0;: sha256:&lt;64 chiffres hexadécimaux&gt; attendu</translation>
    </message>
    <message>
        <source>invalid URL in ADD: %1</source>
        <translation>URL non valide dans ADD&#xa0;: %1</translation>
    </message>
    <message>
        <source>ADD cannot download %1: no downloader is available</source>
        <translation>ADD ne peut pas télécharger %1&#xa0;: aucun outil de téléchargement n&apos;est disponible</translation>
    </message>
    <message>
        <source>failed to download %1: %2</source>
        <translation>impossible de télécharger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>digest mismatch %1: %2</source>
        <translation>empreinte non concordante %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no such file in the image</source>
        <translation>%1&#xa0;: ce fichier n&apos;existe pas dans l&apos;image</translation>
    </message>
    <message>
        <source>The runtime helper sent no file for %1.</source>
        <translation>L&apos;assistant d&apos;exécution n&apos;a envoyé aucun fichier pour %1.</translation>
    </message>
    <message>
        <source>No runtime helper could be reached: the layers will be unpacked at the first run.</source>
        <translation>Aucun assistant d&apos;exécution n&apos;a pu être joint&#xa0;: les couches seront décompressées à la première exécution.</translation>
    </message>
    <message>
        <source>cannot create a file for the download of %1</source>
        <translation>impossible de créer un fichier pour le téléchargement de %1</translation>
    </message>
    <message>
        <source>invalid response status %1</source>
        <translation>code de réponse non valide %1</translation>
    </message>
    <message>
        <source>cannot write the download of %1</source>
        <translation>impossible d&apos;écrire le téléchargement de %1</translation>
    </message>
    <message>
        <source>The runtime helper sent no result.</source>
        <translation>L&apos;assistant d&apos;exécution n&apos;a envoyé aucun résultat.</translation>
    </message>
    <message>
        <source>The runtime helper did not stop.</source>
        <translation>L&apos;assistant d&apos;exécution ne s&apos;est pas arrêté.</translation>
    </message>
    <message>
        <source>The Ponton runtime helper is not running (no answer at %1), and pkexec, which would start it, is not installed. Install pkexec, or start the helper as root: %2</source>
        <translation>L&apos;assistant d&apos;exécution de Ponton ne tourne pas (aucune réponse sur %1), et pkexec, qui le démarrerait, n&apos;est pas installé. Installez pkexec, ou démarrez l&apos;assistant en tant que root&#xa0;: %2</translation>
    </message>
    <message>
        <source>The Ponton runtime helper is not running (no answer at %1) and cannot be started: its program is unknown.</source>
        <translation>L&apos;assistant d&apos;exécution de Ponton ne tourne pas (aucune réponse sur %1) et ne peut pas être démarré&#xa0;: son programme est inconnu.</translation>
    </message>
    <message>
        <source>Cannot run pkexec to start the Ponton runtime helper.</source>
        <translation>Impossible de lancer pkexec pour démarrer l&apos;assistant d&apos;exécution de Ponton.</translation>
    </message>
    <message>
        <source>pkexec did not start the Ponton runtime helper: the authentication was refused or dismissed (pkexec exit code %1). A polkit authentication agent must run in your session; or start the helper as root: %2</source>
        <translation>pkexec n&apos;a pas démarré l&apos;assistant d&apos;exécution de Ponton&#xa0;: l&apos;authentification a été refusée ou abandonnée (code de sortie de pkexec %1). Un agent d&apos;authentification polkit doit tourner dans votre session&#xa0;; sinon, démarrez l&apos;assistant en tant que root&#xa0;: %2</translation>
    </message>
    <message>
        <source>The Ponton runtime helper started with pkexec failed (exit code %1); see %2/helper.log.</source>
        <translation>L&apos;assistant d&apos;exécution de Ponton démarré avec pkexec a échoué (code de sortie %1)&#xa0;; voir %2/helper.log.</translation>
    </message>
    <message>
        <source>The Ponton runtime helper started with pkexec does not answer at %1; see %2/helper.log.</source>
        <translation>L&apos;assistant d&apos;exécution de Ponton démarré avec pkexec ne répond pas sur %1&#xa0;; voir %2/helper.log.</translation>
    </message>
    <message>
        <source>the index of %1</source>
        <translation>l&apos;index de %1</translation>
    </message>
    <message>
        <source>image %1: its index %2 is not in the store</source>
        <translation>image %1&#xa0;: son index %2 n&apos;est pas dans le magasin</translation>
    </message>
    <message>
        <source>invalid detach keys (%1): unknown key &apos;%2&apos;; use a character or ctrl-&lt;a-z, @, [, \, ], ^ or _&gt;, separated by commas</source>
        <translation>touches de détachement invalides (%1)&#xa0;: touche inconnue «&#xa0;%2&#xa0;»&#xa0;; utilisez un caractère ou ctrl-&lt;a-z, @, [, \, ], ^ ou _&gt;, séparés par des virgules</translation>
    </message>
    <message>
        <source>open %1: no such file or directory</source>
        <translation>open %1&#xa0;: aucun fichier ou dossier de ce nom</translation>
    </message>
    <message>
        <source>open %1: %2</source>
        <translation>open %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1:%2: the line is not valid UTF-8</source>
        <translation>%1:%2&#xa0;: la ligne n’est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>%1:%2: no variable name on line &apos;%3&apos;</source>
        <translation>%1:%2&#xa0;: aucun nom de variable sur la ligne «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1:%2: variable &apos;%3&apos; contains whitespaces</source>
        <translation>%1:%2&#xa0;: la variable «&#xa0;%3&#xa0;» contient des espaces</translation>
    </message>
    <message>
        <source>%1 layers but %2 diff_ids in the image config</source>
        <translation>%1 couches mais %2 diff_ids dans la configuration de l’image</translation>
    </message>
    <message>
        <source>Skipping platform %1 of index %2: the archive does not hold %3</source>
        <translation>Plateforme %1 de l’index %2 ignorée&#xa0;: l’archive ne contient pas %3</translation>
    </message>
    <message>
        <source>archive %1: index %2 lists the platforms %3, but the archive holds the blobs of none of them</source>
        <translation>archive %1&#xa0;: l’index %2 liste les plateformes %3, mais l’archive ne contient les blobs d’aucune d’elles</translation>
    </message>
    <message>
        <source>No platform of index %1 in the archive runs on %2: %3 is the one tagged</source>
        <translation>Aucune plateforme de l’index %1 présente dans l’archive ne tourne sur %2&#xa0;: %3 est celle qui reçoit l’étiquette</translation>
    </message>
    <message>
        <source>its manifest %1</source>
        <translation>son manifeste %1</translation>
    </message>
    <message>
        <source>its config %1</source>
        <translation>sa configuration %1</translation>
    </message>
    <message>
        <source>its layer %1</source>
        <translation>sa couche %1</translation>
    </message>
    <message>
        <source>%1 (through the proxy %2)</source>
        <translation>%1 (par le proxy %2)</translation>
    </message>
    <message>
        <source>%1 names a proxy Ponton cannot use: %2 (use an http:// or socks5:// proxy).</source>
        <translation>%1 désigne un proxy que Ponton ne sait pas utiliser&#xa0;: %2 (utilisez un proxy http:// ou socks5://).</translation>
    </message>
    <message>
        <source>%1 is not a proxy address: %2.</source>
        <translation>%1 n&apos;est pas une adresse de proxy&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot reach the registry %1 through the proxy %2.</source>
        <translation>Impossible de joindre le registre %1 par le proxy %2.</translation>
    </message>
    <message>
        <source>an ONBUILD trigger of the base image copies from stage %1, which this build did not know it needed when it started: the base image was not in the store then. Build again now that it is.</source>
        <translation>un déclencheur ONBUILD de l&apos;image de base copie depuis l&apos;étape %1, dont cette construction ne savait pas avoir besoin à son départ&#xa0;: l&apos;image de base n&apos;était pas encore dans le magasin. Relancez la construction maintenant qu&apos;elle y est.</translation>
    </message>
</context>
<context>
    <name>Ponton::Cli</name>
    <message>
        <source>unknown flag: --%1</source>
        <translation>option inconnue&#xa0;: --%1</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;--%2&quot; flag: expected true or false</source>
        <translation>argument «&#xa0;%1&#xa0;» non valide pour l&apos;option «&#xa0;--%2&#xa0;»&#xa0;: true ou false attendu</translation>
    </message>
    <message>
        <source>flag needs an argument: --%1</source>
        <translation>l&apos;option exige un argument&#xa0;: --%1</translation>
    </message>
    <message>
        <source>unknown shorthand flag: &apos;%1&apos; in -%2</source>
        <translation>option courte inconnue&#xa0;: «&#xa0;%1&#xa0;» dans -%2</translation>
    </message>
    <message>
        <source>flag needs an argument: &apos;%1&apos; in -%2</source>
        <translation>l&apos;option exige un argument&#xa0;: «&#xa0;%1&#xa0;» dans -%2</translation>
    </message>
    <message>
        <source>Usage:  ponton %1 %2</source>
        <translation>Utilisation&#xa0;:  ponton %1 %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>See &apos;ponton %1 --help&apos;.</source>
        <translation>Voir «&#xa0;ponton %1 --help&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;ponton&quot; requires a different number of arguments.</source>
        <translation>«&#xa0;ponton&#xa0;» attend un autre nombre d&apos;arguments.</translation>
    </message>
    <message>
        <source>Less than a second</source>
        <translation>moins d&apos;une seconde</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>About a minute</source>
        <translation>environ une minute</translation>
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
        <translation>environ une heure</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/D</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>[OPTIONS] [REPOSITORY[:TAG]]</source>
        <translation>[OPTIONS] [DÉPÔT[:ÉTIQUETTE]]</translation>
    </message>
    <message>
        <source>List images</source>
        <translation>Lister les images</translation>
    </message>
    <message>
        <source>Show all images (default hides intermediate images)</source>
        <translation>Afficher toutes les images (par défaut, les images intermédiaires sont masquées)</translation>
    </message>
    <message>
        <source>Show digests</source>
        <translation>Afficher les empreintes</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filtre</translation>
    </message>
    <message>
        <source>Filter output based on conditions provided</source>
        <translation>Filtrer la sortie selon les conditions fournies</translation>
    </message>
    <message>
        <source>Don&apos;t truncate output</source>
        <translation>Ne pas tronquer la sortie</translation>
    </message>
    <message>
        <source>Only show image IDs</source>
        <translation>N&apos;afficher que les ID des images</translation>
    </message>
    <message>
        <source>invalid filter &apos;%1&apos;</source>
        <translation>filtre non valide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation>DÉPÔT</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>ÉTIQUETTE</translation>
    </message>
    <message>
        <source>DIGEST</source>
        <translation>EMPREINTE</translation>
    </message>
    <message>
        <source>IMAGE ID</source>
        <translation>ID D&apos;IMAGE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉ</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]</source>
        <translation>IMAGE_SOURCE[:ÉTIQUETTE] IMAGE_CIBLE[:ÉTIQUETTE]</translation>
    </message>
    <message>
        <source>Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE</source>
        <translation>Créer une étiquette IMAGE_CIBLE qui désigne IMAGE_SOURCE</translation>
    </message>
    <message>
        <source>[OPTIONS] IMAGE [IMAGE...]</source>
        <translation>[OPTIONS] IMAGE [IMAGE...]</translation>
    </message>
    <message>
        <source>Remove one or more images</source>
        <translation>Supprimer une ou plusieurs images</translation>
    </message>
    <message>
        <source>Force removal of the image</source>
        <translation>Forcer la suppression de l&apos;image</translation>
    </message>
    <message>
        <source>Do not delete untagged parents</source>
        <translation>Ne pas supprimer les parents sans étiquette</translation>
    </message>
    <message>
        <source>Untagged: %1</source>
        <translation>Étiquette retirée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>[OPTIONS] IMAGE</source>
        <translation>[OPTIONS] IMAGE</translation>
    </message>
    <message>
        <source>Show the history of an image</source>
        <translation>Afficher l&apos;historique d&apos;une image</translation>
    </message>
    <message>
        <source>Print sizes and dates in human readable format (default true)</source>
        <translation>Afficher les tailles et les dates dans un format lisible (true par défaut)</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>CRÉÉ PAR</translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation>COMMENTAIRE</translation>
    </message>
    <message>
        <source>Display detailed information on one or more images</source>
        <translation>Afficher des informations détaillées sur une ou plusieurs images</translation>
    </message>
    <message>
        <source>Save one or more images to a tar archive (streamed to STDOUT by default)</source>
        <translation>Enregistrer une ou plusieurs images dans une archive tar (envoyée sur STDOUT par défaut)</translation>
    </message>
    <message>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>Archive format: &quot;docker&quot; (docker-archive, the default) or &quot;oci&quot;</source>
        <translation>Format d&apos;archive&#xa0;: «&#xa0;docker&#xa0;» (docker-archive, par défaut) ou «&#xa0;oci&#xa0;»</translation>
    </message>
    <message>
        <source>Write to a file, instead of STDOUT</source>
        <translation>Écrire dans un fichier au lieu de STDOUT</translation>
    </message>
    <message>
        <source>unknown archive format &quot;%1&quot;: use docker or oci</source>
        <translation>format d&apos;archive «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez docker ou oci</translation>
    </message>
    <message>
        <source>cowardly refusing to save to a terminal. Use the -o flag or redirect</source>
        <translation>refus d&apos;écrire l&apos;archive sur un terminal. Utilisez l&apos;option -o ou une redirection</translation>
    </message>
    <message>
        <source>[OPTIONS]</source>
        <translation>[OPTIONS]</translation>
    </message>
    <message>
        <source>Load an image from a tar archive or STDIN</source>
        <translation>Charger une image depuis une archive tar ou STDIN</translation>
    </message>
    <message>
        <source>Read from tar archive file, instead of STDIN</source>
        <translation>Lire depuis un fichier d&apos;archive tar au lieu de STDIN</translation>
    </message>
    <message>
        <source>Suppress the load output</source>
        <translation>Masquer la sortie du chargement</translation>
    </message>
    <message>
        <source>requested load from stdin, but stdin is empty</source>
        <translation>chargement depuis stdin demandé, mais stdin est vide</translation>
    </message>
    <message>
        <source>Usage:  ponton [OPTIONS] COMMAND</source>
        <translation>Utilisation&#xa0;:  ponton [OPTIONS] COMMANDE</translation>
    </message>
    <message>
        <source>A workbench for container images</source>
        <translation>Un atelier pour les images de conteneurs</translation>
    </message>
    <message>
        <source>Store location (default $PONTON_ROOT, else $XDG_DATA_HOME/ponton, /var/lib/ponton for root)</source>
        <translation>Emplacement du magasin (par défaut $PONTON_ROOT, sinon $XDG_DATA_HOME/ponton, /var/lib/ponton pour root)</translation>
    </message>
    <message>
        <source>Print version information and quit</source>
        <translation>Afficher la version et quitter</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;ponton COMMAND --help&apos; for more information on a command.</source>
        <translation>Lancez «&#xa0;ponton COMMANDE --help&#xa0;» pour en savoir plus sur une commande.</translation>
    </message>
    <message>
        <source>Ponton version %1</source>
        <translation>Ponton version %1</translation>
    </message>
    <message>
        <source>unknown flag: %1</source>
        <translation>option inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>See &apos;ponton --help&apos;.</source>
        <translation>Voir «&#xa0;ponton --help&#xa0;».</translation>
    </message>
    <message>
        <source>ponton: &apos;%1&apos; is not a ponton command.</source>
        <translation>ponton&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une commande ponton.</translation>
    </message>
    <message>
        <source>See &apos;ponton --help&apos;</source>
        <translation>Voir «&#xa0;ponton --help&#xa0;»</translation>
    </message>
    <message>
        <source>Verify every blob&apos;s digest and every reference of the store</source>
        <translation>Vérifier l&apos;empreinte de chaque blob et chaque référence du magasin</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problème&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The store is inconsistent: %n problem(s).</source>
        <translation>
            <numerusform>Le magasin est incohérent&#xa0;: %n problème.</numerusform>
            <numerusform>Le magasin est incohérent&#xa0;: %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store is consistent: %1 images, %2 blobs checked.</source>
        <translation>Le magasin est cohérent&#xa0;: %1 images, %2 blobs vérifiés.</translation>
    </message>
    <message>
        <source>Show disk usage</source>
        <translation>Afficher l&apos;utilisation du disque</translation>
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
        <translation>ACTIFS</translation>
    </message>
    <message>
        <source>RECLAIMABLE</source>
        <translation>RÉCUPÉRABLE</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Are you sure you want to continue? [y/N]</source>
        <translation>Voulez-vous vraiment continuer&#xa0;? [y/N]</translation>
    </message>
    <message>
        <source>Remove unused data</source>
        <translation>Supprimer les données inutilisées</translation>
    </message>
    <message>
        <source>Remove all unused images not just dangling ones</source>
        <translation>Supprimer toutes les images inutilisées, pas seulement les images orphelines</translation>
    </message>
    <message>
        <source>Do not prompt for confirmation</source>
        <translation>Ne pas demander de confirmation</translation>
    </message>
    <message>
        <source>WARNING! This will remove all images without at least one container associated to them.</source>
        <translation>ATTENTION&#xa0;! Cette commande va supprimer toutes les images auxquelles aucun conteneur n&apos;est associé.</translation>
    </message>
    <message>
        <source>WARNING! This will remove all dangling images.</source>
        <translation>ATTENTION&#xa0;! Cette commande va supprimer toutes les images orphelines.</translation>
    </message>
    <message>
        <source>Deleted Images:</source>
        <translation>Images supprimées&#xa0;:</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Total reclaimed space: %1</source>
        <translation>Espace total récupéré&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; for &quot;ponton system&quot;</source>
        <translation>commande «&#xa0;%1&#xa0;» inconnue pour «&#xa0;ponton system&#xa0;»</translation>
    </message>
    <message>
        <source>Usage:  ponton system COMMAND</source>
        <translation>Utilisation&#xa0;:  ponton system COMMANDE</translation>
    </message>
    <message>
        <source>Manage Ponton</source>
        <translation>Gérer Ponton</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
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
        <translation>Vérifier qu&apos;un Dockerfile suit les bonnes pratiques</translation>
    </message>
    <message>
        <source>Name of the Dockerfile (default &quot;Dockerfile&quot;; &quot;-&quot; reads STDIN)</source>
        <translation>Nom du Dockerfile («&#xa0;Dockerfile&#xa0;» par défaut&#xa0;; «&#xa0;-&#xa0;» lit STDIN)</translation>
    </message>
    <message>
        <source>Explain each rule that fires</source>
        <translation>Expliquer chaque règle déclenchée</translation>
    </message>
    <message>
        <source>cannot read Dockerfile %1: %2</source>
        <translation>impossible de lire le Dockerfile %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Verifying Checksum</source>
        <translation>Vérification de la somme de contrôle</translation>
    </message>
    <message>
        <source>Download complete</source>
        <translation>Téléchargement terminé</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>Déjà présente</translation>
    </message>
    <message>
        <source>Pull complete</source>
        <translation>Récupération terminée</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Envoi terminé</translation>
    </message>
    <message>
        <source>Mounted from %1</source>
        <translation>Montée depuis %1</translation>
    </message>
    <message>
        <source>Pulling fs layer</source>
        <translation>Récupération de la couche</translation>
    </message>
    <message>
        <source>[OPTIONS] NAME[:TAG|@DIGEST]</source>
        <translation>[OPTIONS] NOM[:ÉTIQUETTE|@EMPREINTE]</translation>
    </message>
    <message>
        <source>Download an image from a registry</source>
        <translation>Télécharger une image depuis un registre</translation>
    </message>
    <message>
        <source>Set platform if server is multi-platform capable</source>
        <translation>Choisir la plateforme si le serveur est multiplateforme</translation>
    </message>
    <message>
        <source>Suppress verbose output</source>
        <translation>Masquer la sortie détaillée</translation>
    </message>
    <message>
        <source>Using default tag: latest</source>
        <translation>Étiquette par défaut utilisée&#xa0;: latest</translation>
    </message>
    <message>
        <source>%1: Pulling from %2</source>
        <translation>%1&#xa0;: récupération depuis %2</translation>
    </message>
    <message>
        <source>Digest: %1</source>
        <translation>Empreinte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: Image is up to date for %1</source>
        <translation>État&#xa0;: l&apos;image est à jour pour %1</translation>
    </message>
    <message>
        <source>Status: Downloaded newer image for %1</source>
        <translation>État&#xa0;: image plus récente téléchargée pour %1</translation>
    </message>
    <message>
        <source>[OPTIONS] NAME[:TAG]</source>
        <translation>[OPTIONS] NOM[:ÉTIQUETTE]</translation>
    </message>
    <message>
        <source>Upload an image to a registry</source>
        <translation>Envoyer une image vers un registre</translation>
    </message>
    <message>
        <source>The push refers to repository [%1]</source>
        <translation>L&apos;envoi concerne le dépôt [%1]</translation>
    </message>
    <message>
        <source>%1: digest: %2 size: %3</source>
        <translation>%1&#xa0;: empreinte&#xa0;: %2 taille&#xa0;: %3</translation>
    </message>
    <message>
        <source>Sending build context to Ponton  %1</source>
        <translation>Envoi du contexte de construction à Ponton  %1</translation>
    </message>
    <message>
        <source>Step %1/%2 : %3</source>
        <translation>Étape %1/%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Using cache</source>
        <translation>Utilisation du cache</translation>
    </message>
    <message>
        <source>Cache miss: %1</source>
        <translation>Pas dans le cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>Running in %1</source>
        <translation>Exécution dans %1</translation>
    </message>
    <message>
        <source>Removed intermediate container %1</source>
        <translation>Conteneur intermédiaire %1 supprimé</translation>
    </message>
    <message>
        <source>Step %1 took %2s</source>
        <translation>L&apos;étape %1 a pris %2 s</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;%2&quot; flag</source>
        <translation>argument «&#xa0;%1&#xa0;» non valide pour l&apos;option «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>[OPTIONS] PATH | -</source>
        <translation>[OPTIONS] CHEMIN | -</translation>
    </message>
    <message>
        <source>Build an image from a Dockerfile</source>
        <translation>Construire une image à partir d&apos;un Dockerfile</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>Name and optionally a tag in the &quot;name:tag&quot; format</source>
        <translation>Nom et éventuellement étiquette, au format «&#xa0;nom:étiquette&#xa0;»</translation>
    </message>
    <message>
        <source>Name of the Dockerfile (Default is &quot;PATH/Dockerfile&quot;)</source>
        <translation>Nom du Dockerfile («&#xa0;CHEMIN/Dockerfile&#xa0;» par défaut)</translation>
    </message>
    <message>
        <source>Set build-time variables</source>
        <translation>Définir des variables de construction</translation>
    </message>
    <message>
        <source>Set metadata for an image</source>
        <translation>Définir des métadonnées pour une image</translation>
    </message>
    <message>
        <source>Set the target build stage to build</source>
        <translation>Choisir l&apos;étape de construction cible</translation>
    </message>
    <message>
        <source>Type of progress output: classic or plain</source>
        <translation>Type d&apos;affichage de la progression&#xa0;: classic ou plain</translation>
    </message>
    <message>
        <source>Do not use cache when building the image</source>
        <translation>Ne pas utiliser le cache pour construire l&apos;image</translation>
    </message>
    <message>
        <source>Always attempt to pull a newer version of the image</source>
        <translation>Toujours tenter de récupérer une version plus récente de l&apos;image</translation>
    </message>
    <message>
        <source>Suppress the build output and print image ID on success</source>
        <translation>Masquer la sortie de la construction et afficher l&apos;ID de l&apos;image en cas de succès</translation>
    </message>
    <message>
        <source>Remove intermediate containers after a successful build (default true)</source>
        <translation>Supprimer les conteneurs intermédiaires après une construction réussie (true par défaut)</translation>
    </message>
    <message>
        <source>Always remove intermediate containers</source>
        <translation>Toujours supprimer les conteneurs intermédiaires</translation>
    </message>
    <message>
        <source>invalid progress type %1: use classic or plain</source>
        <translation>type de progression %1 non valide&#xa0;: utilisez classic ou plain</translation>
    </message>
    <message>
        <source>Successfully built %1</source>
        <translation>Construction réussie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Successfully tagged %1</source>
        <translation>Étiquetage réussi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Up %1</source>
        <translation>En marche depuis %1</translation>
    </message>
    <message>
        <source>Up %1 (Paused)</source>
        <translation>En marche depuis %1 (en pause)</translation>
    </message>
    <message>
        <source>Exited (%1) %2</source>
        <translation>Arrêté (%1) %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>List containers</source>
        <translation>Lister les conteneurs</translation>
    </message>
    <message>
        <source>Show all containers (default shows just running)</source>
        <translation>Afficher tous les conteneurs (par défaut, seuls ceux en cours d&apos;exécution sont affichés)</translation>
    </message>
    <message>
        <source>Show the latest created container (includes all states)</source>
        <translation>Afficher le dernier conteneur créé (quel que soit son état)</translation>
    </message>
    <message>
        <source>Only display container IDs</source>
        <translation>N&apos;afficher que les ID des conteneurs</translation>
    </message>
    <message>
        <source>CONTAINER ID</source>
        <translation>ID DE CONTENEUR</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>PORTS</source>
        <translation>PORTS</translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation>NOMS</translation>
    </message>
    <message>
        <source>[OPTIONS] CONTAINER [CONTAINER...]</source>
        <translation>[OPTIONS] CONTENEUR [CONTENEUR...]</translation>
    </message>
    <message>
        <source>Stop one or more running containers</source>
        <translation>Arrêter un ou plusieurs conteneurs en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>int</source>
        <translation>entier</translation>
    </message>
    <message>
        <source>Seconds to wait for stop before killing it (default 10)</source>
        <translation>Secondes d&apos;attente de l&apos;arrêt avant de le tuer (10 par défaut)</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;-t, --time&quot; flag</source>
        <translation>argument «&#xa0;%1&#xa0;» non valide pour l&apos;option «&#xa0;-t, --time&#xa0;»</translation>
    </message>
    <message>
        <source>Kill one or more running containers</source>
        <translation>Tuer un ou plusieurs conteneurs en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Signal to send to the container (default &quot;KILL&quot;)</source>
        <translation>Signal à envoyer au conteneur («&#xa0;KILL&#xa0;» par défaut)</translation>
    </message>
    <message>
        <source>invalid signal: %1</source>
        <translation>signal non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>CONTAINER [CONTAINER...]</source>
        <translation>CONTENEUR [CONTENEUR...]</translation>
    </message>
    <message>
        <source>Pause all processes within one or more containers</source>
        <translation>Mettre en pause tous les processus d&apos;un ou plusieurs conteneurs</translation>
    </message>
    <message>
        <source>Unpause all processes within one or more containers</source>
        <translation>Reprendre tous les processus d&apos;un ou plusieurs conteneurs</translation>
    </message>
    <message>
        <source>Remove one or more containers</source>
        <translation>Supprimer un ou plusieurs conteneurs</translation>
    </message>
    <message>
        <source>Force the removal of a running container (uses SIGKILL)</source>
        <translation>Forcer la suppression d&apos;un conteneur en cours d&apos;exécution (avec SIGKILL)</translation>
    </message>
    <message>
        <source>[OPTIONS] CONTAINER</source>
        <translation>[OPTIONS] CONTENEUR</translation>
    </message>
    <message>
        <source>Fetch the logs of a container</source>
        <translation>Récupérer les journaux d&apos;un conteneur</translation>
    </message>
    <message>
        <source>Follow log output</source>
        <translation>Suivre la sortie du journal</translation>
    </message>
    <message>
        <source>CONTAINER</source>
        <translation>CONTENEUR</translation>
    </message>
    <message>
        <source>Inspect changes to files or directories on a container&apos;s filesystem</source>
        <translation>Inspecter les modifications des fichiers ou des répertoires du système de fichiers d&apos;un conteneur</translation>
    </message>
    <message>
        <source>[OPTIONS] CONTAINER [REPOSITORY[:TAG]]</source>
        <translation>[OPTIONS] CONTENEUR [DÉPÔT[:ÉTIQUETTE]]</translation>
    </message>
    <message>
        <source>Create a new image from a container&apos;s changes</source>
        <translation>Créer une nouvelle image à partir des modifications d&apos;un conteneur</translation>
    </message>
    <message>
        <source>Author (e.g., &quot;John Hannibal Smith &lt;hannibal@a-team.com&gt;&quot;)</source>
        <translation>Auteur (par ex. «&#xa0;John Hannibal Smith &lt;hannibal@a-team.com&gt;&#xa0;»)</translation>
    </message>
    <message>
        <source>Apply Dockerfile instruction to the created image</source>
        <translation>Appliquer une instruction Dockerfile à l&apos;image créée</translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation>Message du commit</translation>
    </message>
    <message>
        <source>Pause container during commit (default true)</source>
        <translation>Mettre le conteneur en pause pendant le commit (true par défaut)</translation>
    </message>
    <message>
        <source>Do not pause the container during commit</source>
        <translation>Ne pas mettre le conteneur en pause pendant le commit</translation>
    </message>
    <message>
        <source>Error response from daemon: %1</source>
        <translation>Réponse d&apos;erreur du démon&#xa0;: %1</translation>
    </message>
    <message>
        <source>read escape sequence</source>
        <translation>séquence d&apos;échappement lue</translation>
    </message>
    <message>
        <source>[OPTIONS] CONTAINER COMMAND [ARG...]</source>
        <translation>[OPTIONS] CONTENEUR COMMANDE [ARG...]</translation>
    </message>
    <message>
        <source>Execute a command in a running container</source>
        <translation>Exécuter une commande dans un conteneur en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Detached mode: run command in the background</source>
        <translation>Mode détaché&#xa0;: exécuter la commande en arrière-plan</translation>
    </message>
    <message>
        <source>Set environment variables</source>
        <translation>Définir des variables d&apos;environnement</translation>
    </message>
    <message>
        <source>Keep STDIN open even if not attached</source>
        <translation>Garder STDIN ouvert même sans être attaché</translation>
    </message>
    <message>
        <source>Allocate a pseudo-TTY</source>
        <translation>Allouer un pseudo-TTY</translation>
    </message>
    <message>
        <source>Username or UID (format: &quot;&lt;name|uid&gt;[:&lt;group|gid&gt;]&quot;)</source>
        <translation>Nom d&apos;utilisateur ou UID (format&#xa0;: «&#xa0;&lt;nom|uid&gt;[:&lt;groupe|gid&gt;]&#xa0;»)</translation>
    </message>
    <message>
        <source>Working directory inside the container</source>
        <translation>Répertoire de travail dans le conteneur</translation>
    </message>
    <message>
        <source>the input device is not a TTY</source>
        <translation>le périphérique d&apos;entrée n&apos;est pas un TTY</translation>
    </message>
    <message>
        <source>OCI runtime exec failed: exec failed: unable to start container process: %1: unknown</source>
        <translation>échec de l&apos;exec du runtime OCI&#xa0;: échec de l&apos;exec&#xa0;: impossible de démarrer le processus du conteneur&#xa0;: %1&#xa0;: inconnu</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>Extraction</translation>
    </message>
    <message>
        <source>--password and --password-stdin are mutually exclusive</source>
        <translation>--password et --password-stdin s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>Must provide --username with --password-stdin</source>
        <translation>--username doit accompagner --password-stdin</translation>
    </message>
    <message>
        <source>WARNING! Using --password via the CLI is insecure. Use --password-stdin.</source>
        <translation>ATTENTION&#xa0;! Utiliser --password en ligne de commande n&apos;est pas sûr. Utilisez --password-stdin.</translation>
    </message>
    <message>
        <source>Cannot perform an interactive login from a non TTY device</source>
        <translation>Impossible d&apos;effectuer une connexion interactive depuis un périphérique qui n&apos;est pas un TTY</translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>Nom d&apos;utilisateur&#xa0;: </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Username and password are required</source>
        <translation>Le nom d&apos;utilisateur et le mot de passe sont obligatoires</translation>
    </message>
    <message>
        <source>[OPTIONS] [SERVER]</source>
        <translation>[OPTIONS] [SERVEUR]</translation>
    </message>
    <message>
        <source>Log in to a registry.
If no server is specified, the default is defined by the daemon.</source>
        <translation>Se connecter à un registre.
Si aucun serveur n&apos;est indiqué, celui par défaut est défini par le démon.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Take the password from stdin</source>
        <translation>Lire le mot de passe sur stdin</translation>
    </message>
    <message>
        <source>Authenticating with existing credentials...</source>
        <translation>Authentification avec les identifiants existants...</translation>
    </message>
    <message>
        <source>WARNING! Your password will be stored unencrypted in %1.</source>
        <translation>ATTENTION&#xa0;! Votre mot de passe sera enregistré sans chiffrement dans %1.</translation>
    </message>
    <message>
        <source>Configure a credential helper to remove this warning. See</source>
        <translation>Configurez un assistant d&apos;identifiants pour supprimer cet avertissement. Voir</translation>
    </message>
    <message>
        <source>Login Succeeded</source>
        <translation>Connexion réussie</translation>
    </message>
    <message>
        <source>[SERVER]</source>
        <translation>[SERVEUR]</translation>
    </message>
    <message>
        <source>Log out from a registry.
If no server is specified, the default is defined by the daemon.</source>
        <translation>Se déconnecter d&apos;un registre.
Si aucun serveur n&apos;est indiqué, celui par défaut est défini par le démon.</translation>
    </message>
    <message>
        <source>Removing login credentials for %1</source>
        <translation>Suppression des identifiants de connexion pour %1</translation>
    </message>
    <message>
        <source>Not logged in to %1</source>
        <translation>Non connecté à %1</translation>
    </message>
    <message>
        <source>Log in to a registry</source>
        <translation>Se connecter à un registre</translation>
    </message>
    <message>
        <source>Log out from a registry</source>
        <translation>Se déconnecter d&apos;un registre</translation>
    </message>
    <message>
        <source>repository %1 has no tags</source>
        <translation>le dépôt %1 n&apos;a aucune étiquette</translation>
    </message>
    <message>
        <source>Download all tagged images in the repository</source>
        <translation>Télécharger toutes les images étiquetées du dépôt</translation>
    </message>
    <message>
        <source>tag can&apos;t be used with --all-tags/-a</source>
        <translation>une étiquette ne peut pas être utilisée avec --all-tags/-a</translation>
    </message>
    <message>
        <source>Run container in background and print container ID</source>
        <translation>Exécuter le conteneur en arrière-plan et afficher son ID</translation>
    </message>
    <message>
        <source>Overwrite the default ENTRYPOINT of the image</source>
        <translation>Remplacer l&apos;ENTRYPOINT par défaut de l&apos;image</translation>
    </message>
    <message>
        <source>Read in a file of environment variables</source>
        <translation>Lire un fichier de variables d&apos;environnement</translation>
    </message>
    <message>
        <source>Container host name</source>
        <translation>Nom d&apos;hôte du conteneur</translation>
    </message>
    <message>
        <source>Assign a name to the container</source>
        <translation>Attribuer un nom au conteneur</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>Connect a container to a network (host or none)</source>
        <translation>Connecter un conteneur à un réseau (host ou none)</translation>
    </message>
    <message>
        <source>Automatically remove the container when it exits</source>
        <translation>Supprimer automatiquement le conteneur quand il se termine</translation>
    </message>
    <message>
        <source>Username or UID (format: &lt;name|uid&gt;[:&lt;group|gid&gt;])</source>
        <translation>Nom d&apos;utilisateur ou UID (format&#xa0;: &lt;nom|uid&gt;[:&lt;groupe|gid&gt;])</translation>
    </message>
    <message>
        <source>Bind mount a volume</source>
        <translation>Monter un volume (montage bind)</translation>
    </message>
    <message>
        <source>invalid volume specification: &apos;%1&apos;</source>
        <translation>spécification de volume non valide&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>network %1 not found</source>
        <translation>réseau %1 introuvable</translation>
    </message>
    <message>
        <source>Unable to find image &apos;%1&apos; locally</source>
        <translation>Impossible de trouver l&apos;image «&#xa0;%1&#xa0;» en local</translation>
    </message>
    <message>
        <source>[OPTIONS] IMAGE [COMMAND] [ARG...]</source>
        <translation>[OPTIONS] IMAGE [COMMANDE] [ARG...]</translation>
    </message>
    <message>
        <source>Create and run a new container from an image</source>
        <translation>Créer et exécuter un nouveau conteneur à partir d&apos;une image</translation>
    </message>
    <message>
        <source>Create a new container</source>
        <translation>Créer un nouveau conteneur</translation>
    </message>
    <message>
        <source>Start one or more stopped containers</source>
        <translation>Démarrer un ou plusieurs conteneurs arrêtés</translation>
    </message>
    <message>
        <source>Attach STDOUT/STDERR and forward signals</source>
        <translation>Attacher STDOUT/STDERR et transmettre les signaux</translation>
    </message>
    <message>
        <source>Attach container&apos;s STDIN</source>
        <translation>Attacher le STDIN du conteneur</translation>
    </message>
    <message>
        <source>you cannot start and attach multiple containers at once</source>
        <translation>impossible de démarrer et d&apos;attacher plusieurs conteneurs à la fois</translation>
    </message>
    <message>
        <source>Attach local standard input, output, and error streams to a running container</source>
        <translation>Attacher l&apos;entrée standard, la sortie standard et la sortie d&apos;erreur locales à un conteneur en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Do not attach STDIN</source>
        <translation>Ne pas attacher STDIN</translation>
    </message>
    <message>
        <source>Loading layer</source>
        <translation>Chargement de la couche</translation>
    </message>
    <message>
        <source>Username (%1): </source>
        <translation>Nom d&apos;utilisateur (%1)&#xa0;: </translation>
    </message>
    <message>
        <source>Override the key sequence for detaching a container</source>
        <translation>Remplace la séquence de touches qui détache d’un conteneur</translation>
    </message>
    <message>
        <source>%1 (&quot;detachKeys&quot; in %2)</source>
        <translation>%1 («&#xa0;detachKeys&#xa0;» dans %2)</translation>
    </message>
    <message>
        <source>Give extended privileges to the command</source>
        <translation>Donne des privilèges étendus à la commande</translation>
    </message>
    <message>
        <source>Give extended privileges to this container</source>
        <translation>Donne des privilèges étendus à ce conteneur</translation>
    </message>
    <message>
        <source>Remove unused images</source>
        <translation>Supprime les images inutilisées</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; for &quot;ponton image&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;» pour «&#xa0;ponton image&#xa0;»</translation>
    </message>
    <message>
        <source>Usage:  ponton image COMMAND</source>
        <translation>Usage&#xa0;:  ponton image COMMANDE</translation>
    </message>
    <message>
        <source>Manage images</source>
        <translation>Gère les images</translation>
    </message>
    <message>
        <source>Publish a container&apos;s port(s) to the host</source>
        <translation>Publier le ou les ports d&apos;un conteneur sur l&apos;hôte</translation>
    </message>
    <message>
        <source>Publish all exposed ports to random ports</source>
        <translation>Publier tous les ports exposés sur des ports au hasard</translation>
    </message>
    <message>
        <source>invalid publish specification &apos;%1&apos;: unknown protocol &apos;%2&apos; (tcp, udp or sctp)</source>
        <translation>spécification de publication «&#xa0;%1&#xa0;» invalide&#xa0;: protocole «&#xa0;%2&#xa0;» inconnu (tcp, udp ou sctp)</translation>
    </message>
    <message>
        <source>invalid publish specification &apos;%1&apos;: unclosed IPv6 address</source>
        <translation>spécification de publication «&#xa0;%1&#xa0;» invalide&#xa0;: adresse IPv6 sans crochet fermant</translation>
    </message>
    <message>
        <source>invalid publish specification &apos;%1&apos;: expected [ip:][hostPort:]containerPort[/protocol]</source>
        <translation>spécification de publication «&#xa0;%1&#xa0;» invalide&#xa0;: la forme attendue est [ip:][portHôte:]portConteneur[/protocole]</translation>
    </message>
    <message>
        <source>invalid publish specification &apos;%1&apos;: invalid container port &apos;%2&apos;</source>
        <translation>spécification de publication «&#xa0;%1&#xa0;» invalide&#xa0;: port de conteneur «&#xa0;%2&#xa0;» invalide</translation>
    </message>
    <message>
        <source>invalid publish specification &apos;%1&apos;: invalid host port &apos;%2&apos;</source>
        <translation>spécification de publication «&#xa0;%1&#xa0;» invalide&#xa0;: port de l&apos;hôte «&#xa0;%2&#xa0;» invalide</translation>
    </message>
    <message>
        <source>invalid publish specification &apos;%1&apos;: the host and container port ranges differ in size</source>
        <translation>spécification de publication «&#xa0;%1&#xa0;» invalide&#xa0;: les plages de ports de l&apos;hôte et du conteneur n&apos;ont pas la même taille</translation>
    </message>
    <message>
        <source>WARNING: Published ports are discarded when using network mode none: the container has no network.</source>
        <translation>AVERTISSEMENT&#xa0;: les ports publiés sont ignorés en mode réseau none&#xa0;: le conteneur n&apos;a pas de réseau.</translation>
    </message>
    <message>
        <source>WARNING: Published ports are discarded when using host network mode</source>
        <translation>AVERTISSEMENT&#xa0;: les ports publiés sont ignorés en mode réseau host</translation>
    </message>
    <message>
        <source>Ponton runs containers in the host&apos;s network: a program listening on %1 in the container is reached on the same port of the host.</source>
        <translation>Ponton exécute les conteneurs dans le réseau de l&apos;hôte&#xa0;: un programme qui écoute sur %1 dans le conteneur se joint sur le même port de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Ponton runs containers in the host&apos;s network: the ports the image exposes are the host&apos;s own.</source>
        <translation>Ponton exécute les conteneurs dans le réseau de l&apos;hôte&#xa0;: les ports que l&apos;image expose sont ceux de l&apos;hôte.</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::BuildStepModel</name>
    <message>
        <source>cache disabled (--no-cache)</source>
        <translation>cache désactivé (--no-cache)</translation>
    </message>
    <message>
        <source>never built before</source>
        <translation>jamais construite auparavant</translation>
    </message>
    <message>
        <source>the instruction changed</source>
        <translation>l&apos;instruction a changé</translation>
    </message>
    <message>
        <source>a build argument changed</source>
        <translation>un argument de construction a changé</translation>
    </message>
    <message>
        <source>a source file changed</source>
        <translation>un fichier source a changé</translation>
    </message>
    <message>
        <source>built on another parent image</source>
        <translation>construite sur une autre image parente</translation>
    </message>
    <message>
        <source>an earlier step was rebuilt</source>
        <translation>une étape précédente a été reconstruite</translation>
    </message>
    <message>
        <source>cache hit</source>
        <translation>servie par le cache</translation>
    </message>
    <message>
        <source>no cache needed</source>
        <translation>pas besoin de cache</translation>
    </message>
    <message>
        <source>cache miss: %1</source>
        <translation>pas dans le cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>cache miss: %1 (%2)</source>
        <translation>pas dans le cache&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 added, %2 modified, %3 removed</source>
        <translation>%1 ajoutés, %2 modifiés, %3 supprimés</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
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
        <translation>Durée</translation>
    </message>
    <message>
        <source>Layer size</source>
        <translation>Taille de la couche</translation>
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
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open a Dockerfile</source>
        <translation>Ouvrir un Dockerfile</translation>
    </message>
    <message>
        <source>Build context folder</source>
        <translation>Dossier du contexte de construction</translation>
    </message>
    <message>
        <source>Build context archive</source>
        <translation>Archive du contexte de construction</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>Choose the build context first: the folder (or .zip) whose files COPY and ADD can use.</source>
        <translation>Choisissez d&apos;abord le contexte de construction&#xa0;: le dossier (ou le .zip) dont COPY et ADD peuvent utiliser les fichiers.</translation>
    </message>
    <message>
        <source>Saving the Dockerfile…</source>
        <translation>Enregistrement du Dockerfile…</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>Construction…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>Built %1 in %n step(s), %2 from the cache.</source>
        <translation>
            <numerusform>Image %1 construite en %n étape, %2 depuis le cache.</numerusform>
            <numerusform>Image %1 construite en %n étapes, dont %2 depuis le cache.</numerusform>
        </translation>
    </message>
    <message>
        <source>Build canceled.</source>
        <translation>Construction annulée.</translation>
    </message>
    <message>
        <source>Build failed: %1</source>
        <translation>Échec de la construction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Contexte&#xa0;:</translation>
    </message>
    <message>
        <source>The folder or .zip whose files the Dockerfile can COPY</source>
        <translation>Le dossier ou le .zip dont le Dockerfile peut copier les fichiers (COPY)</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>Zip…</source>
        <translation>Zip…</translation>
    </message>
    <message>
        <source>Dockerfile:</source>
        <translation>Dockerfile&#xa0;:</translation>
    </message>
    <message>
        <source>Dockerfile in the context</source>
        <translation>Dockerfile dans le contexte</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>name:tag (several: separated by spaces)</source>
        <translation>nom:étiquette (plusieurs&#xa0;: séparées par des espaces)</translation>
    </message>
    <message>
        <source>Build arguments:</source>
        <translation>Arguments de construction&#xa0;:</translation>
    </message>
    <message>
        <source>NAME=value NAME2=value</source>
        <translation>NOM=valeur NOM2=valeur</translation>
    </message>
    <message>
        <source>Without cache</source>
        <translation>Sans cache</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Construire</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Reconstruire</translation>
    </message>
    <message>
        <source>Build again with the settings of the last build</source>
        <translation>Reconstruire avec les réglages de la dernière construction</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open a terminal in this step&apos;s image</source>
        <translation>Ouvrir un terminal dans l&apos;image de cette étape</translation>
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
        <translation>Commit de %1</translation>
    </message>
    <message>
        <source>Reading the container&apos;s changes…</source>
        <translation>Lecture des modifications du conteneur…</translation>
    </message>
    <message>
        <source>What changed, e.g. install curl</source>
        <translation>Ce qui a changé, par ex. installation de curl</translation>
    </message>
    <message>
        <source>repository:tag, e.g. alpine:curl</source>
        <translation>dépôt:étiquette, par ex. alpine:curl</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message&#xa0;:</translation>
    </message>
    <message>
        <source>New image:</source>
        <translation>Nouvelle image&#xa0;:</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commiter</translation>
    </message>
    <message>
        <source>The new layer will hold these changes (A added, C modified, D removed):</source>
        <translation>La nouvelle couche contiendra ces modifications (A ajouté, C modifié, D supprimé)&#xa0;:</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>The changes cannot be read: %1</source>
        <translation>Les modifications ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing changed: the new image would have an empty layer.</source>
        <translation>Rien n&apos;a changé&#xa0;: la nouvelle image aurait une couche vide.</translation>
    </message>
    <message>
        <source>%1 added, %2 modified, %3 removed: about %4 of files in the new layer.</source>
        <translation>%1 ajoutés, %2 modifiés, %3 supprimés&#xa0;: environ %4 de fichiers dans la nouvelle couche.</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::ContainerTableModel</name>
    <message>
        <source>Less than a second</source>
        <translation>moins d&apos;une seconde</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
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
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>Up %1</source>
        <translation>En marche depuis %1</translation>
    </message>
    <message>
        <source>Up %1 (Paused)</source>
        <translation>En marche depuis %1 (en pause)</translation>
    </message>
    <message>
        <source>Exited (%1) %2</source>
        <translation>Arrêté (%1) %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Container ID</source>
        <translation>ID du conteneur</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::ContainersView</name>
    <message>
        <source>Remove the container</source>
        <translation>Supprimer le conteneur</translation>
    </message>
    <message>
        <source>The container %1 is running. Stop it and remove it, with its changes that no image holds?</source>
        <translation>Le conteneur %1 est en cours d&apos;exécution. L&apos;arrêter et le supprimer, avec ses modifications qu&apos;aucune image ne contient&#xa0;?</translation>
    </message>
    <message>
        <source>Remove the container %1, with its changes that no image holds?</source>
        <translation>Supprimer le conteneur %1, avec ses modifications qu&apos;aucune image ne contient&#xa0;?</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot list the containers: %1</source>
        <translation>Impossible de lister les conteneurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>run</source>
        <translation>lancer</translation>
    </message>
    <message>
        <source>start</source>
        <translation>démarrer</translation>
    </message>
    <message>
        <source>attach</source>
        <translation>attacher</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>arrêter</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>mettre en pause</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>reprendre</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>commiter</translation>
    </message>
    <message>
        <source>Is ponton-helper installed and allowed to run? The status bar shows its state.</source>
        <translation>ponton-helper est-il installé et autorisé à s&apos;exécuter&#xa0;? La barre d&apos;état indique son état.</translation>
    </message>
    <message>
        <source>Refresh the list: the container or image may have been removed meanwhile.</source>
        <translation>Actualisez la liste&#xa0;: le conteneur ou l&apos;image a peut-être été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>Stop the container first, or check that it is in the state this action needs.</source>
        <translation>Arrêtez d&apos;abord le conteneur, ou vérifiez qu&apos;il est dans l&apos;état que cette action exige.</translation>
    </message>
    <message>
        <source>Cannot %1: %2</source>
        <translation>L&apos;action «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot %1: %2
%3</source>
        <translation>L&apos;action «&#xa0;%1&#xa0;» a échoué&#xa0;: %2
%3</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Working: %1</source>
        <translation>En cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Container %1 started (it has no terminal: see its logs).</source>
        <translation>Conteneur %1 démarré (il n&apos;a pas de terminal&#xa0;: consultez ses journaux).</translation>
    </message>
    <message>
        <source>Detached from %1: it keeps running.</source>
        <translation>Détaché de %1&#xa0;: il continue de tourner.</translation>
    </message>
    <message>
        <source>The shell of %1 has ended.</source>
        <translation>Le shell de %1 s&apos;est terminé.</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (terminé)</translation>
    </message>
    <message>
        <source>Attached to %1.</source>
        <translation>Attaché à %1.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Paused: its processes are frozen.</source>
        <translation>En pause&#xa0;: ses processus sont gelés.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Repris.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <source>New image %1 (%2), layer of %3 bytes.</source>
        <translation>Nouvelle image %1 (%2), couche de %3 octets.</translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>sans étiquette</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Attacher</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Image to run, e.g. alpine</source>
        <translation>Image à exécuter, par ex. alpine</translation>
    </message>
    <message>
        <source>Run -it</source>
        <translation>Lancer -it</translation>
    </message>
    <message>
        <source>A new container of this image with a terminal (ponton run -it IMAGE)</source>
        <translation>Un nouveau conteneur de cette image, avec un terminal (ponton run -it IMAGE)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Commit…</source>
        <translation>Commiter…</translation>
    </message>
    <message>
        <source>Make a new image from the container&apos;s changes</source>
        <translation>Créer une nouvelle image à partir des modifications du conteneur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Stopped ones too (-a)</source>
        <translation>Arrêtés aussi (-a)</translation>
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
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The step was canceled.</source>
        <translation>L&apos;étape a été annulée.</translation>
    </message>
    <message>
        <source>Another step is still running.</source>
        <translation>Une autre étape est encore en cours.</translation>
    </message>
    <message numerus="yes">
        <source>Built %1 in %n step(s).</source>
        <translation>
            <numerusform>Image %1 construite en %n étape.</numerusform>
            <numerusform>Image %1 construite en %n étapes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This chapter has no step to do.</source>
        <translation>Ce chapitre n&apos;a aucune étape à faire.</translation>
    </message>
    <message>
        <source>%1 is in the local store.</source>
        <translation>%1 est dans le magasin local.</translation>
    </message>
    <message>
        <source>New image %1 (%2).</source>
        <translation>Nouvelle image %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in the store.</source>
        <translation>
            <numerusform>%n image dans le magasin.</numerusform>
            <numerusform>%n images dans le magasin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Built twice: the second build took %1 of its %2 step(s) from the cache and gave the same image (%3).</source>
        <translation>Construit deux fois&#xa0;: la seconde construction a pris %1 de ses %2 étape(s) dans le cache et a donné la même image (%3).</translation>
    </message>
    <message>
        <source>a different one</source>
        <translation>une autre</translation>
    </message>
    <message>
        <source>alpinecurl:1.0 names the image of alpinecurl:latest.</source>
        <translation>alpinecurl:1.0 désigne l&apos;image d&apos;alpinecurl:latest.</translation>
    </message>
    <message>
        <source>The tag alpinecurl:latest is removed; alpinecurl:1.0 still names the image.</source>
        <translation>L&apos;étiquette alpinecurl:latest est supprimée&#xa0;; alpinecurl:1.0 désigne toujours l&apos;image.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is made of %n layer(s).</source>
        <translation>
            <numerusform>%1 se compose de %n couche.</numerusform>
            <numerusform>%1 se compose de %n couches.</numerusform>
        </translation>
    </message>
    <message>
        <source>This chapter has nothing to check.</source>
        <translation>Ce chapitre n&apos;a rien à vérifier.</translation>
    </message>
    <message>
        <source>%1 is not in the local store yet.</source>
        <translation>%1 n&apos;est pas encore dans le magasin local.</translation>
    </message>
    <message>
        <source>The image %1 does not exist yet.</source>
        <translation>L&apos;image %1 n&apos;existe pas encore.</translation>
    </message>
    <message>
        <source>The last layer of %1 does not hold /%2.</source>
        <translation>La dernière couche de %1 ne contient pas /%2.</translation>
    </message>
    <message numerus="yes">
        <source>The last layer of %1 (%n layer(s)) holds /%2.</source>
        <translation>
            <numerusform>La dernière couche de %1 (%n couche) contient /%2.</numerusform>
            <numerusform>La dernière couche de %1 (%n couches) contient /%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the list yet: %1.</source>
        <translation>Pas encore dans la liste&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The list holds alpine, alpine:curl and alpinecurl.</source>
        <translation>La liste contient alpine, alpine:curl et alpinecurl.</translation>
    </message>
    <message>
        <source>The better Dockerfile has not been built twice yet.</source>
        <translation>Le Dockerfile amélioré n&apos;a pas encore été construit deux fois.</translation>
    </message>
    <message>
        <source>The second build did not use the cache.</source>
        <translation>La seconde construction n&apos;a pas utilisé le cache.</translation>
    </message>
    <message>
        <source>ponton images -a shows no intermediate image.</source>
        <translation>ponton images -a n&apos;affiche aucune image intermédiaire.</translation>
    </message>
    <message>
        <source>The second build took %1 step(s) from the cache; images -a shows %2 intermediate image(s).</source>
        <translation>La seconde construction a pris %1 étape(s) dans le cache&#xa0;; images -a affiche %2 image(s) intermédiaire(s).</translation>
    </message>
    <message>
        <source>alpinecurl:1.0 and alpinecurl:latest do not both exist.</source>
        <translation>alpinecurl:1.0 et alpinecurl:latest n&apos;existent pas toutes les deux.</translation>
    </message>
    <message>
        <source>The two tags name different images.</source>
        <translation>Les deux étiquettes désignent des images différentes.</translation>
    </message>
    <message>
        <source>Both tags name the image %1.</source>
        <translation>Les deux étiquettes désignent l&apos;image %1.</translation>
    </message>
    <message>
        <source>alpinecurl:latest still exists.</source>
        <translation>alpinecurl:latest existe encore.</translation>
    </message>
    <message>
        <source>alpinecurl:latest is gone; other tags of the image, if any, still name it.</source>
        <translation>alpinecurl:latest a disparu&#xa0;; les autres étiquettes de l&apos;image, s&apos;il y en a, la désignent toujours.</translation>
    </message>
    <message>
        <source>alpine and alpine:curl must both exist.</source>
        <translation>alpine et alpine:curl doivent exister toutes les deux.</translation>
    </message>
    <message>
        <source>alpine:curl is not alpine&apos;s layers plus one.</source>
        <translation>alpine:curl n&apos;est pas faite des couches d&apos;alpine plus une.</translation>
    </message>
    <message numerus="yes">
        <source>alpine:curl holds alpine&apos;s %n layer(s), in the same order, and one more.</source>
        <translation>
            <numerusform>alpine:curl contient l&apos;unique couche d&apos;alpine, puis une de plus.</numerusform>
            <numerusform>alpine:curl contient les %n couches d&apos;alpine, dans le même ordre, puis une de plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store has a problem: %1</source>
        <translation>Le magasin a un problème&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is in the store; its %n blob(s) read back with their digests.</source>
        <translation>
            <numerusform>%1 est dans le magasin&#xa0;; %n blob relu avec son empreinte.</numerusform>
            <numerusform>%1 est dans le magasin&#xa0;; %n blobs relus avec leurs empreintes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The container %1 started without a terminal.</source>
        <translation>Le conteneur %1 a démarré sans terminal.</translation>
    </message>
    <message>
        <source>The container&apos;s changes hold no /%1: type apk add curl in its shell before exit. Nothing was committed.</source>
        <translation>Les changements du conteneur ne contiennent pas /%1&#xa0;: tapez apk add curl dans son shell avant exit. Rien n’a été validé.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in container %1.</source>
        <translation>
            <numerusform>%n changement dans le conteneur %1.</numerusform>
            <numerusform>%n changements dans le conteneur %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Detached from %1: it keeps running.</source>
        <translation>Détaché de %1&#xa0;: il continue de tourner.</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::FileContentDialog</name>
    <message>
        <source>%1 is a binary file of %2. Extract it to open it with another program.</source>
        <translation>%1 est un fichier binaire de %2. Extrayez-le pour l&apos;ouvrir avec un autre programme.</translation>
    </message>
    <message>
        <source>The first %1 of %2 are shown. Extract the file to see all of it.</source>
        <translation>Les premiers %1 sur %2 sont affichés. Extrayez le fichier pour le voir en entier.</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::FileTreeModel</name>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::HelperStatusLabel</name>
    <message>
        <source>Helper: not connected yet</source>
        <translation>Assistant&#xa0;: pas encore connecté</translation>
    </message>
    <message>
        <source>The runtime helper runs containers; Ponton starts it when a container is needed.</source>
        <translation>L&apos;assistant d&apos;exécution fait tourner les conteneurs&#xa0;; Ponton le démarre dès qu&apos;un conteneur est nécessaire.</translation>
    </message>
    <message>
        <source>Helper: stopped</source>
        <translation>Assistant&#xa0;: arrêté</translation>
    </message>
    <message>
        <source>The runtime helper is not running. It starts on demand.</source>
        <translation>L&apos;assistant d&apos;exécution ne tourne pas. Il démarre à la demande.</translation>
    </message>
    <message>
        <source>Helper: starting…</source>
        <translation>Assistant&#xa0;: démarrage…</translation>
    </message>
    <message>
        <source>Waiting for the runtime helper to answer.</source>
        <translation>En attente de la réponse de l&apos;assistant d&apos;exécution.</translation>
    </message>
    <message>
        <source>Helper: running</source>
        <translation>Assistant&#xa0;: en marche</translation>
    </message>
    <message>
        <source>The runtime helper is ready to run containers.</source>
        <translation>L&apos;assistant d&apos;exécution est prêt à faire tourner des conteneurs.</translation>
    </message>
    <message>
        <source>Helper: failed</source>
        <translation>Assistant&#xa0;: en échec</translation>
    </message>
    <message>
        <source>The runtime helper could not be started.</source>
        <translation>L&apos;assistant d&apos;exécution n&apos;a pas pu être démarré.</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::HelperStatusMonitor</name>
    <message>
        <source>ponton-helper %1, process %2</source>
        <translation>ponton-helper %1, processus %2</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::ImageActions</name>
    <message>
        <source>Tag %1</source>
        <translation>Étiqueter %1</translation>
    </message>
    <message>
        <source>New name (repository:tag):</source>
        <translation>Nouveau nom (dépôt:étiquette)&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot tag %1 as %2</source>
        <translation>Impossible d&apos;étiqueter %1 comme %2</translation>
    </message>
    <message>
        <source>A name is a repository and a tag, in lower case: for example alpine:curl.</source>
        <translation>Un nom se compose d&apos;un dépôt et d&apos;une étiquette, en minuscules&#xa0;: par exemple alpine:curl.</translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation>Étiquette ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is only untagged: the image keeps its other tags (%2). No space is freed.</source>
        <translation>Seule l&apos;étiquette %1 est retirée&#xa0;: l&apos;image garde ses autres étiquettes (%2). Aucun espace n&apos;est libéré.</translation>
    </message>
    <message>
        <source>child images: %1</source>
        <translation>images enfants&#xa0;: %1</translation>
    </message>
    <message>
        <source> (running)</source>
        <translation> (en cours d&apos;exécution)</translation>
    </message>
    <message>
        <source>containers: %1</source>
        <translation>conteneurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: it is held by %2. Remove those first.</source>
        <translation>%1 ne peut pas être supprimée&#xa0;: elle est utilisée par %2. Supprimez-les d&apos;abord.</translation>
    </message>
    <message numerus="yes">
        <source>Removing %1 deletes image %2 and frees %3 (%n blob(s) no other image uses).</source>
        <translation>
            <numerusform>Supprimer %1 efface l&apos;image %2 et libère %3 (%n blob qu&apos;aucune autre image n&apos;utilise).</numerusform>
            <numerusform>Supprimer %1 efface l&apos;image %2 et libère %3 (%n blobs qu&apos;aucune autre image n&apos;utilise).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
    <message>
        <source>Refresh the list: the image may be gone.</source>
        <translation>Actualisez la liste&#xa0;: l&apos;image a peut-être disparu.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Refresh the list and try again.</source>
        <translation>Actualisez la liste et réessayez.</translation>
    </message>
    <message>
        <source>Remove the containers and child images that use it first.</source>
        <translation>Supprimez d&apos;abord les conteneurs et les images enfants qui l&apos;utilisent.</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot show the history of %1</source>
        <translation>Impossible d&apos;afficher l&apos;historique de %1</translation>
    </message>
    <message>
        <source>Cannot inspect %1</source>
        <translation>Impossible d&apos;inspecter %1</translation>
    </message>
    <message>
        <source>Inspect %1</source>
        <translation>Inspecter %1</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Impossible d&apos;enregistrer %1</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space.</source>
        <translation>Choisissez un dossier accessible en écriture, avec de l&apos;espace libre.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Cannot load %1</source>
        <translation>Impossible de charger %1</translation>
    </message>
    <message>
        <source>Choose an archive made by ponton save or docker save (a .tar file).</source>
        <translation>Choisissez une archive créée par ponton save ou docker save (un fichier .tar).</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>Chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Push %1</source>
        <translation>Envoyer %1</translation>
    </message>
    <message>
        <source>Push to (registry/repository:tag):</source>
        <translation>Envoyer vers (registre/dépôt:étiquette)&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot push %1</source>
        <translation>Impossible d&apos;envoyer %1</translation>
    </message>
    <message>
        <source>Check the registry&apos;s address, that you are logged in (ponton login), and your network.</source>
        <translation>Vérifiez l&apos;adresse du registre, que vous êtes connecté (ponton login) et votre réseau.</translation>
    </message>
    <message>
        <source>Pushed %1</source>
        <translation>Envoyé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>It also removes %n intermediate image(s) nothing else uses: %1.</source>
        <translation>
            <numerusform>Elle supprime aussi %n image intermédiaire que rien d’autre n’utilise&#xa0;: %1.</numerusform>
            <numerusform>Elle supprime aussi %n images intermédiaires que rien d’autre n’utilise&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also removes %n other platform(s) of the image that no other name holds: %1.</source>
        <translation>
            <numerusform>Elle supprime aussi %n autre plateforme de l’image qu’aucun autre nom ne retient&#xa0;: %1.</numerusform>
            <numerusform>Elle supprime aussi %n autres plateformes de l’image qu’aucun autre nom ne retient&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the untagged parent images (--no-prune)</source>
        <translation>Garder les images parentes sans étiquette (--no-prune)</translation>
    </message>
    <message>
        <source>Deletes only this image: the intermediate images below it stay, as ponton images -a lists them.</source>
        <translation>Supprime seulement cette image&#xa0;: les images intermédiaires en dessous restent, comme ponton images -a les liste.</translation>
    </message>
    <message>
        <source>With -f, %1 is only untagged: the image stays, untagged, as long as its containers use it. No space is freed.</source>
        <translation>Avec -f, %1 perd seulement son tag&#xa0;: l&apos;image reste, sans tag, tant que ses conteneurs l&apos;utilisent. Aucune place n&apos;est libérée.</translation>
    </message>
    <message>
        <source>Untag anyway (-f)</source>
        <translation>Retirer le tag quand même (-f)</translation>
    </message>
    <message>
        <source>Delete anyway (-f)</source>
        <translation>Supprimer quand même (-f)</translation>
    </message>
    <message numerus="yes">
        <source>With -f, image %1 is deleted although its stopped containers use it; they keep their own files, and %2 is freed (%n blob(s) no other image uses).</source>
        <translation>
            <numerusform>Avec -f, l&apos;image %1 est effacée bien que ses conteneurs arrêtés l&apos;utilisent&#xa0;; ils gardent leurs propres fichiers, et %2 sont libérés (%n blob qu&apos;aucune autre image n&apos;utilise).</numerusform>
            <numerusform>Avec -f, l&apos;image %1 est effacée bien que ses conteneurs arrêtés l&apos;utilisent&#xa0;; ils gardent leurs propres fichiers, et %2 sont libérés (%n blobs qu&apos;aucune autre image n&apos;utilise).</numerusform>
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
        <translation>Modification</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) differ between %1 and %2.</source>
        <translation>
            <numerusform>%n chemin diffère entre %1 et %2.</numerusform>
            <numerusform>%n chemins diffèrent entre %1 et %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::ImageTableModel</name>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID d&apos;image</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>A %1 image: this machine runs %2, so it can be browsed, saved and pushed, not run.</source>
        <translation>Une image %1&#xa0;: cette machine exécute %2, on peut donc la parcourir, l’enregistrer et l’envoyer, mais pas l’exécuter.</translation>
    </message>
    <message>
        <source>One of the platforms of %1.</source>
        <translation>L’une des plateformes de %1.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::ImagesView</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot list the images: %1</source>
        <translation>Impossible de lister les images&#xa0;: %1</translation>
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
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Show intermediate images</source>
        <translation>Afficher les images intermédiaires</translation>
    </message>
    <message>
        <source>Intermediate images are the untagged steps of a build that other images are made from (ponton images -a).</source>
        <translation>Les images intermédiaires sont les étapes sans étiquette d&apos;une construction, à partir desquelles d&apos;autres images sont faites (ponton images -a).</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <source>Image archives (*.tar)</source>
        <translation>Archives d&apos;images (*.tar)</translation>
    </message>
    <message>
        <source>Load images</source>
        <translation>Charger des images</translation>
    </message>
    <message>
        <source>Image archives (*.tar *.tar.gz)</source>
        <translation>Archives d&apos;images (*.tar *.tar.gz)</translation>
    </message>
    <message>
        <source>Pull…</source>
        <translation>Récupérer…</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Étiqueter…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspecter</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <source>Push…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::LayerSizeChart</name>
    <message>
        <source>Select an image to see the sizes of its layers.</source>
        <translation>Sélectionnez une image pour voir la taille de ses couches.</translation>
    </message>
    <message>
        <source>Layer sizes of %1</source>
        <translation>Taille des couches de %1</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::LayersView</name>
    <message>
        <source>Reading the layers of %1…</source>
        <translation>Lecture des couches de %1…</translation>
    </message>
    <message>
        <source>Reading the layers of %1: %2 of %3</source>
        <translation>Lecture des couches de %1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>Cannot read the layers of %1</source>
        <translation>Impossible de lire les couches de %1</translation>
    </message>
    <message>
        <source>Check the name with ponton images, or pull the image first.</source>
        <translation>Vérifiez le nom avec ponton images, ou récupérez d&apos;abord l&apos;image.</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s), %1 files and folders</source>
        <translation>
            <numerusform>%n couche, %1 fichiers et dossiers</numerusform>
            <numerusform>%n couches, %1 fichiers et dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Layer %1
Uncompressed: %2</source>
        <translation>Couche %1
Non compressée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Layers hold %1; the image shows %2. Wasted: %3 (files overwritten or removed by later layers). Efficiency: %4 %.</source>
        <translation>Les couches contiennent %1&#xa0;; l&apos;image en montre %2. Gaspillé&#xa0;: %3 (fichiers écrasés ou supprimés par des couches ultérieures). Efficacité&#xa0;: %4&#xa0;%.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>Try another layer, or extract the file.</source>
        <translation>Essayez une autre couche, ou extrayez le fichier.</translation>
    </message>
    <message>
        <source>Extract %1</source>
        <translation>Extraire %1</translation>
    </message>
    <message>
        <source>Export the selection as a zip file</source>
        <translation>Exporter la sélection dans un fichier zip</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <source>Cannot extract to %1</source>
        <translation>Impossible d&apos;extraire vers %1</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>Extracted to %1</source>
        <translation>Extrait vers %1</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n file(s)…</source>
        <translation>
            <numerusform>Exportation de %n fichier…</numerusform>
            <numerusform>Exportation de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export to %1</source>
        <translation>Impossible d&apos;exporter vers %1</translation>
    </message>
    <message>
        <source>Select at least one file, and choose a folder you can write to.</source>
        <translation>Sélectionnez au moins un fichier, et choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>Comparaison de %1 avec %2…</translation>
    </message>
    <message>
        <source>Cannot compare %1 with %2</source>
        <translation>Impossible de comparer %1 avec %2</translation>
    </message>
    <message>
        <source>Check both names with ponton images.</source>
        <translation>Vérifiez les deux noms avec ponton images.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between %1 and %2</source>
        <translation>
            <numerusform>%n différence entre %1 et %2</numerusform>
            <numerusform>%n différences entre %1 et %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image&#xa0;:</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Comparer avec&#xa0;:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Wasted space</source>
        <translation>Espace gaspillé</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Gaspillé</translation>
    </message>
    <message>
        <source>This layer only</source>
        <translation>Cette couche seulement</translation>
    </message>
    <message>
        <source>Everything up to this layer</source>
        <translation>Tout jusqu&apos;à cette couche</translation>
    </message>
    <message>
        <source>Search files by name</source>
        <translation>Rechercher des fichiers par nom</translation>
    </message>
    <message>
        <source>View content</source>
        <translation>Voir le contenu</translation>
    </message>
    <message>
        <source>Extract…</source>
        <translation>Extraire…</translation>
    </message>
    <message>
        <source>Export as zip…</source>
        <translation>Exporter en zip…</translation>
    </message>
    <message>
        <source>%1 (not in the store)</source>
        <translation>%1 (absente du magasin)</translation>
    </message>
    <message>
        <source>The platforms of %1 cannot be listed: %2</source>
        <translation>Impossible de lister les plateformes de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not in the store, and where it was pulled from is not recorded.</source>
        <translation>La plateforme %1 n&apos;est pas dans le magasin, et sa provenance n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <source>%1 is not in the store. Pull it to see its layers.</source>
        <translation>La plateforme %1 n&apos;est pas dans le magasin. Récupérez-la pour voir ses couches.</translation>
    </message>
    <message>
        <source>Pulling %1 for %2…</source>
        <translation>Récupération de %1 pour %2…</translation>
    </message>
    <message>
        <source>Cannot pull %1</source>
        <translation>Impossible de récupérer %1</translation>
    </message>
    <message>
        <source>Check that the registry is reachable, or pull it with the command shown.</source>
        <translation>Vérifiez que le registre est joignable, ou récupérez-la avec la commande indiquée.</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>Pull this platform</source>
        <translation>Récupérer cette plateforme</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::MainWindow</name>
    <message>
        <source>About Ponton</source>
        <translation>À propos de Ponton</translation>
    </message>
    <message>
        <source>Ponton %1: a workbench for container images, with its own engine.</source>
        <translation>Ponton %1&#xa0;: un atelier pour les images de conteneurs, avec son propre moteur.</translation>
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
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Tutorial</source>
        <translation>Tutoriel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Ponton</source>
        <translation>À &amp;propos de Ponton</translation>
    </message>
    <message>
        <source>The images of the local store: repository, tag, ID, creation date and size. Pull, tag, remove, inspect and push them, and see the layers of each.</source>
        <translation>Les images du magasin local&#xa0;: dépôt, étiquette, ID, date de création et taille. Récupérez-les, étiquetez-les, supprimez-les, inspectez-les et envoyez-les, et voyez les couches de chacune.</translation>
    </message>
    <message>
        <source>The containers, as ponton ps -a lists them: start, stop, pause, commit and remove them, with a terminal attached to each.</source>
        <translation>Les conteneurs, tels que ponton ps -a les liste&#xa0;: démarrez-les, arrêtez-les, mettez-les en pause, commitez-les et supprimez-les, avec un terminal attaché à chacun.</translation>
    </message>
    <message>
        <source>A Dockerfile editor with hints as you type, the live build log and a timeline of the steps, with the cache hits.</source>
        <translation>Un éditeur de Dockerfile avec des suggestions pendant la saisie, le journal de construction en direct et une chronologie des étapes, qui montre celles servies par le cache.</translation>
    </message>
    <message>
        <source>Every file of every layer of an image: added, modified or removed, and the space wasted.</source>
        <translation>Chaque fichier de chaque couche d&apos;une image&#xa0;: ajouté, modifié ou supprimé, et l&apos;espace gaspillé.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::PlaceholderPage</name>
    <message>
        <source>This view needs Ponton&apos;s engine, which is still being written. It will appear here as soon as the engine can do it.</source>
        <translation>Cette vue a besoin du moteur de Ponton, encore en cours d&apos;écriture. Elle apparaîtra ici dès que le moteur en sera capable.</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::PullDialog</name>
    <message>
        <source>Pull</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Pull an image</source>
        <translation>Récupérer une image</translation>
    </message>
    <message>
        <source>for example nginx:stable-alpine</source>
        <translation>par exemple nginx:stable-alpine</translation>
    </message>
    <message>
        <source>this machine&apos;s (for example linux/arm64)</source>
        <translation>celle de cette machine (par exemple linux/arm64)</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image&#xa0;:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Verifying Checksum</source>
        <translation>Vérification de la somme de contrôle</translation>
    </message>
    <message>
        <source>Download complete</source>
        <translation>Téléchargement terminé</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>Extraction</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>Déjà présente</translation>
    </message>
    <message>
        <source>Pull complete</source>
        <translation>Récupération terminée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Pulling %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
    <message>
        <source>Downloading %1 of %2</source>
        <translation>Téléchargement&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cannot pull %1: %2</source>
        <translation>Impossible de récupérer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot pull %1</source>
        <translation>Impossible de récupérer %1</translation>
    </message>
    <message>
        <source>The pull was canceled; pulling again resumes what was downloaded.</source>
        <translation>La récupération a été annulée&#xa0;; une nouvelle récupération reprendra ce qui a déjà été téléchargé.</translation>
    </message>
    <message>
        <source>Check the name and the tag, your network, or the registry mirror in the settings.</source>
        <translation>Vérifiez le nom et l&apos;étiquette, votre réseau, ou le miroir de registre dans les paramètres.</translation>
    </message>
    <message>
        <source>Image is up to date for %1</source>
        <translation>L&apos;image est à jour pour %1</translation>
    </message>
    <message>
        <source>Downloaded newer image for %1 (digest %2)</source>
        <translation>Image plus récente téléchargée pour %1 (empreinte %2)</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Registry mirrors of docker.io, one address per line, tried in order before Docker Hub (for example http://127.0.0.1:5000). They are written to %1 and apply to the next start of Ponton and to the ponton command.</source>
        <translation>Miroirs de registre de docker.io, une adresse par ligne, essayés dans l&apos;ordre avant Docker Hub (par exemple http://127.0.0.1:5000). Ils sont écrits dans %1 et s&apos;appliquent au prochain démarrage de Ponton ainsi qu&apos;à la commande ponton.</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1. Nothing was changed.</source>
        <translation>%1. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::TerminalWidget</name>
    <message>
        <source>Ctrl-P Ctrl-Q: detach from the container (it keeps running). Ctrl-Shift-C / Ctrl-Shift-V: copy / paste.</source>
        <translation>Ctrl-P Ctrl-Q&#xa0;: se détacher du conteneur (il continue de tourner). Ctrl-Shift-C / Ctrl-Shift-V&#xa0;: copier / coller.</translation>
    </message>
    <message>
        <source>Detaching leaves the container running; reattach later from the Containers view.</source>
        <translation>Se détacher laisse le conteneur tourner&#xa0;; vous pourrez vous y rattacher plus tard depuis la vue Conteneurs.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::TutorialPage</name>
    <message>
        <source>The tutorial could not be loaded: %1</source>
        <translation>Le tutoriel n&apos;a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start the tutorial again</source>
        <translation>Recommencer le tutoriel</translation>
    </message>
    <message>
        <source>The same with the command line:</source>
        <translation>La même chose en ligne de commande&#xa0;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>Copier la commande dans le presse-papiers</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Let Ponton do this step for you</source>
        <translation>Laisser Ponton faire cette étape à votre place</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Check the real result of this step</source>
        <translation>Vérifier le résultat réel de cette étape</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Chapitre précédent</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Chapitre suivant</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Pas encore fait</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 chapter(s) done</source>
        <translation>
            <numerusform>%n chapitre terminé sur %1</numerusform>
            <numerusform>%n chapitres terminés sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tutorial</source>
        <translation>Tutoriel</translation>
    </message>
    <message>
        <source>What the check looks at: %1</source>
        <translation>Ce que la vérification examine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Done: this chapter&apos;s check passed.</source>
        <translation>Terminé&#xa0;: la vérification de ce chapitre a réussi.</translation>
    </message>
    <message>
        <source>Check passed.</source>
        <translation>Vérification réussie.</translation>
    </message>
    <message>
        <source>Step done.</source>
        <translation>Étape effectuée.</translation>
    </message>
    <message>
        <source>Check failed.</source>
        <translation>Échec de la vérification.</translation>
    </message>
    <message>
        <source>Step failed.</source>
        <translation>Échec de l&apos;étape.</translation>
    </message>
    <message>
        <source>Not available.</source>
        <translation>Non disponible.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
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
        <translation>Tapez-le pour moi&#xa0;: apk add curl</translation>
    </message>
    <message>
        <source>Types apk add curl and Enter in the shell</source>
        <translation>Tape apk add curl puis Entrée dans le shell</translation>
    </message>
    <message>
        <source>Exit the shell</source>
        <translation>Quitter le shell</translation>
    </message>
    <message>
        <source>Types exit and Enter: the shell ends, and the step looks at the container&apos;s changes</source>
        <translation>Tape exit puis Entrée&#xa0;: le shell se termine et l’étape examine les changements du conteneur</translation>
    </message>
    <message>
        <source>A real shell in the new container %1 (ponton run -it alpine sh). Type apk add curl and Enter, then exit; or let the buttons type them. Once the shell has exited, the step looks at the container&apos;s changes and commits them as alpine:curl.</source>
        <translation>Un vrai shell dans le nouveau conteneur %1 (ponton run -it alpine sh). Tapez apk add curl puis Entrée, puis exit&#xa0;; ou laissez les boutons les taper. Une fois le shell terminé, l’étape examine les changements du conteneur et les valide en tant qu’alpine:curl.</translation>
    </message>
    <message>
        <source>The shell of container %1 has exited.</source>
        <translation>Le shell du conteneur %1 s’est terminé.</translation>
    </message>
    <message>
        <source>Detached from the shell of container %1 (Ctrl-P Ctrl-Q): the container keeps running.</source>
        <translation>Détaché du shell du conteneur %1 (Ctrl-P Ctrl-Q)&#xa0;: le conteneur continue de tourner.</translation>
    </message>
</context>
<context>
    <name>Ponton::Gui::UnavailableTutorialActions</name>
    <message>
        <source>This step cannot run yet: Ponton&apos;s engine is not part of this build. The command above shows what it will do.</source>
        <translation>Cette étape ne peut pas encore s&apos;exécuter&#xa0;: le moteur de Ponton ne fait pas partie de cette version. La commande ci-dessus montre ce qu&apos;elle fera.</translation>
    </message>
</context>
<context>
    <name>RegistryMirrorSetting</name>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: fix or remove it</source>
        <translation>%1 n&apos;est pas un objet JSON&#xa0;: corrigez-le ou supprimez-le</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry address: write it as http://host:port or https://host</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de registre&#xa0;: écrivez-la sous la forme http://hôte:port ou https://hôte</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>TutorialBook</name>
    <message>
        <source>no tutorial chapters for language &quot;%1&quot;</source>
        <translation>aucun chapitre de tutoriel pour la langue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>impossible d’ouvrir %1</translation>
    </message>
</context>
<context>
    <name>TutorialChapter</name>
    <message>
        <source>header line without a key: &quot;%1&quot;</source>
        <translation>ligne d’en-tête sans clé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>empty value for &quot;%1&quot;</source>
        <translation>valeur vide pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>bad chapter id &quot;%1&quot;</source>
        <translation>identifiant de chapitre invalide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown header key &quot;%1&quot;</source>
        <translation>clé d’en-tête inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a chapter starts with a --- header</source>
        <translation>un chapitre commence par un en-tête ---</translation>
    </message>
    <message>
        <source>the header is not closed by ---</source>
        <translation>l’en-tête n’est pas fermé par ---</translation>
    </message>
    <message>
        <source>the header needs id, command and check</source>
        <translation>l’en-tête doit contenir id, command et check</translation>
    </message>
    <message>
        <source>the header is followed by a &quot;# Title&quot; line</source>
        <translation>l’en-tête est suivi d’une ligne «&#xa0;# Titre&#xa0;»</translation>
    </message>
    <message>
        <source>chapter &quot;%1&quot; has no explanation</source>
        <translation>le chapitre «&#xa0;%1&#xa0;» n’a pas d’explication</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ponton: a desktop workbench for container images.</source>
        <translation>Ponton&#xa0;: un atelier de bureau pour les images de conteneurs.</translation>
    </message>
    <message>
        <source>Language of this session: fr or en.</source>
        <translation>Langue de cette session&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>View to open: images, containers, build, layers, tutorial.</source>
        <translation>Vue à ouvrir&#xa0;: images, containers, build, layers, tutorial.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Open the tutorial on this chapter: pull, commit, build, images, layers, tags, rmi, definition.</source>
        <translation>Ouvre le tutoriel sur ce chapitre&#xa0;: pull, commit, build, images, layers, tags, rmi, definition.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Open the Build view and build the Dockerfile of this folder.</source>
        <translation>Ouvre la vue Construction et construit le Dockerfile de ce dossier.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
</context>
</TS>

#include "layerprogressprinter.h"

#include "command.h"
#include "humanformat.h"

using namespace Qt::StringLiterals;

namespace Ponton::Cli {

QString LayerProgressPrinter::stateText(const QString &state, const QString &detail)
{
    if (state == u"waiting") return Tr::tr("Waiting");
    if (state == u"downloading") return Tr::tr("Downloading");
    if (state == u"verifying") return Tr::tr("Verifying Checksum");
    if (state == u"download-complete") return Tr::tr("Download complete");
    if (state == u"extracting") return Tr::tr("Extracting");
    if (state == u"already-exists") return Tr::tr("Already exists");
    if (state == u"pull-complete") return Tr::tr("Pull complete");
    if (state == u"preparing") return Tr::tr("Preparing");
    if (state == u"pushing") return Tr::tr("Pushing");
    if (state == u"pushed") return Tr::tr("Pushed");
    if (state == u"mounted") return Tr::tr("Mounted from %1").arg(detail);
    if (state == u"loading" || state == u"reading") return Tr::tr("Loading layer");
    return state;
}

QString LayerProgressPrinter::bar(qint64 current, qint64 total)
{
    if (total <= 0)
        return HumanFormat::size(current);
    const int width = 50;
    const int filled = int(qMin<qint64>(width, current * width / total));
    QString text = u"["_s + QString(filled, u'=');
    if (filled < width)
        text += u'>' + QString(width - filled - 1, u' ');
    return text + u"]  "_s + HumanFormat::size(current) + u'/' + HumanFormat::size(total);
}

void LayerProgressPrinter::show(const ProgressEvent &event)
{
    const QString id = event.item.startsWith(u"sha256:") ? event.item.mid(7, 12) : event.item.left(12);
    Line *line = nullptr;
    for (Line &existing : m_lines) {
        if (existing.id == id)
            line = &existing;
    }
    const bool first = !line;
    if (first) {
        m_lines.append({id, QString(), QString()});
        line = &m_lines.last();
        if (!m_terminal && event.state != u"already-exists" && event.state != u"preparing" && event.state != u"mounted")
            m_out << id << ": " << Tr::tr("Pulling fs layer") << '\n';
    }
    const bool changed = line->state != event.state;
    line->state = event.state;
    line->text = stateText(event.state, event.message);
    const bool moving = event.state == u"downloading" || event.state == u"pushing" || event.state == u"reading"
                        || (event.state == u"loading" && event.total > 0);
    if (moving)
        line->text += u"  "_s + bar(event.current, event.total);
    if (m_terminal)
        redraw();
    else if (changed)
        m_out << id << ": " << stateText(event.state, event.message) << '\n';
    m_out.flush();
}

void LayerProgressPrinter::redraw()
{
    if (m_drawn > 0)
        m_out << "\x1b[" << m_drawn << 'A';
    for (const Line &line : m_lines)
        m_out << "\x1b[2K" << line.id << ": " << line.text << '\n';
    m_drawn = int(m_lines.size());
}

} // namespace Ponton::Cli

#include "registry/layerprogress.h"

using namespace Qt::StringLiterals;

namespace Ponton::Registry {

QString LayerProgress::stateName(State state)
{
    switch (state) {
    case State::Waiting: return u"waiting"_s;
    case State::Downloading: return u"downloading"_s;
    case State::Verifying: return u"verifying"_s;
    case State::DownloadComplete: return u"download-complete"_s;
    case State::AlreadyExists: return u"already-exists"_s;
    case State::PullComplete: return u"pull-complete"_s;
    case State::Preparing: return u"preparing"_s;
    case State::Pushing: return u"pushing"_s;
    case State::Pushed: return u"pushed"_s;
    case State::Mounted: return u"mounted"_s;
    }
    return u"waiting"_s;
}

} // namespace Ponton::Registry

#pragma once

// Qt hands work to another thread through queues guarded by QMutex, on Linux a futex inside the
// uninstrumented libQt6Core: ThreadSanitizer does not see that hand-over and reports what the
// receiving thread reads of data the sending thread wrote before queuing (a page's extractor and
// bytes) as a race. release() before queuing and acquire() first thing on the receiving thread
// state the order the queue already gives, so the rest of that data stays checked rather than
// suppressed. Without -fsanitize=thread both are empty.
#if defined(__SANITIZE_THREAD__)
#define RELEASEDESK_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define RELEASEDESK_TSAN 1
#endif
#endif

#ifdef RELEASEDESK_TSAN
#include <sanitizer/tsan_interface.h>
#endif

namespace ThreadHandOver {

// token: any address both sides know, e.g. the shared object handed over.
inline void release([[maybe_unused]] const void *token)
{
#ifdef RELEASEDESK_TSAN
    __tsan_release(const_cast<void *>(token));
#endif
}

inline void acquire([[maybe_unused]] const void *token)
{
#ifdef RELEASEDESK_TSAN
    __tsan_acquire(const_cast<void *>(token));
#endif
}

} // namespace ThreadHandOver

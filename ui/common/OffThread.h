#pragma once

// Work that waits (the payment terminal, head office) runs on a pool thread; its result comes
// back to `owner`'s thread, where the screens and the till's database live. When the owner is
// gone by then, the result is dropped with the watcher.

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>

namespace kassa::ui {

template <typename T> void runOffThread(QObject* owner, std::function<T()> work, std::function<void(T)> done) {
    auto* watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner, [watcher, done = std::move(done)] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace kassa::ui

#pragma once

// The till's first start: store IT enters central's address and the one-time code from
// `kassa-central enroll`, and for a till that does not exist yet the store's name and the first
// manager (someone must be able to log in). The dialog checks what it can itself, then sets the
// till up and enrolls it through the actions app/ gives it. Enrolling talks to central, so it
// runs on a thread of its own: the window never freezes, and a failure is shown with what to do.

#include <QDialog>
#include <functional>
#include <optional>
#include <thread>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kassa::ui {

struct NewTill {
    QString storeName;
    QString managerId;
    QString managerName;
    QString managerPin;
};

struct EnrollmentActions {
    // On the UI thread, for a till that does not exist yet: creates it. An error text, or nothing.
    std::function<std::optional<QString>(const NewTill&)> setUp;
    // On a worker thread: enrolls the till. An error text for a person, or nothing on success.
    std::function<std::optional<QString>(const QString& url, const QString& code)> enroll;
};

class EnrollmentDialog : public QDialog {
    Q_OBJECT

public:
    // `newTill`: the data folder holds no till yet, so the dialog asks for the store and the
    // first manager too. `mayPutOff`: the till may sell without central for now (one that has
    // its store and till numbers); otherwise the dialog offers Quit instead of Later.
    EnrollmentDialog(bool newTill, bool mayPutOff, EnrollmentActions actions, QWidget* parent = nullptr);
    ~EnrollmentDialog() override;

Q_SIGNALS:
    void enrollmentFinished(const QString& problem); // empty on success; queued from the worker

private:
    void start();
    std::optional<QString> checkInput() const;
    void finish(const QString& problem);
    void setBusy(bool busy);

    bool m_newTill;
    bool m_tillCreated = false;
    EnrollmentActions m_actions;
    QLineEdit* m_urlEdit;
    QLineEdit* m_codeEdit;
    QLineEdit* m_storeNameEdit = nullptr;
    QLineEdit* m_managerIdEdit = nullptr;
    QLineEdit* m_managerNameEdit = nullptr;
    QLineEdit* m_pinEdit = nullptr;
    QLineEdit* m_pinAgainEdit = nullptr;
    QLabel* m_messageLabel;
    QPushButton* m_enrollButton;
    QPushButton* m_laterButton = nullptr;
    std::thread m_worker;
};

} // namespace kassa::ui

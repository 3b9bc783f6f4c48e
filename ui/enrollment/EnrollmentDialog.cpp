#include "EnrollmentDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

QLineEdit* lineEdit(QWidget* parent, const char* name, const QString& placeholder = {}) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

EnrollmentDialog::EnrollmentDialog(bool newTill, bool mayPutOff, EnrollmentActions actions, QWidget* parent)
    : QDialog(parent)
    , m_newTill(newTill)
    , m_actions(std::move(actions))
    , m_urlEdit(lineEdit(this, "centralUrlLineEdit", QStringLiteral("https://central.example.com:8443")))
    , m_codeEdit(lineEdit(this, "enrollmentCodeLineEdit", tr("XXXX-XXXX-XXXX:fingerprint")))
    , m_messageLabel(new QLabel(this))
    , m_enrollButton(new QPushButton(tr("Enroll"), this)) {
    setWindowTitle(tr("Connect this till to central"));
    setObjectName(QStringLiteral("enrollmentDialog"));
    setMinimumWidth(680);
    auto* intro = new QLabel(tr("Enter central's address and the one-time enrollment code head office gave you "
                                "(kassa-central enroll). The till makes its own key, central signs it, and from "
                                "then on the till sends its sales to central and takes the catalog from it."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Central's address"), m_urlEdit);
    form->addRow(tr("Enrollment code"), m_codeEdit);
    if (m_newTill) {
        m_storeNameEdit = lineEdit(this, "storeNameLineEdit", tr("printed on receipts"));
        m_managerIdEdit = lineEdit(this, "managerIdLineEdit", tr("digits, e.g. 3001"));
        m_managerNameEdit = lineEdit(this, "managerNameLineEdit");
        m_pinEdit = lineEdit(this, "managerPinLineEdit");
        m_pinAgainEdit = lineEdit(this, "managerPinAgainLineEdit");
        m_pinEdit->setEchoMode(QLineEdit::Password);
        m_pinAgainEdit->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Store name"), m_storeNameEdit);
        form->addRow(tr("First manager's number"), m_managerIdEdit);
        form->addRow(tr("First manager's name"), m_managerNameEdit);
        form->addRow(tr("Manager's PIN"), m_pinEdit);
        form->addRow(tr("PIN again"), m_pinAgainEdit);
    }
    m_messageLabel->setObjectName(QStringLiteral("enrollmentMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_enrollButton->setObjectName(QStringLiteral("enrollButton"));
    m_enrollButton->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_enrollButton, QDialogButtonBox::AcceptRole);
    if (!mayPutOff) {
        buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("quitButton"));
    } else {
        m_laterButton = buttons->addButton(tr("Later: sell without central"), QDialogButtonBox::RejectRole);
        m_laterButton->setObjectName(QStringLiteral("laterButton"));
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);

    connect(m_enrollButton, &QPushButton::clicked, this, &EnrollmentDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &EnrollmentDialog::enrollmentFinished, this, &EnrollmentDialog::finish, Qt::QueuedConnection);
}

EnrollmentDialog::~EnrollmentDialog() {
    if (m_worker.joinable()) {
        m_worker.join(); // a request in flight ends within its timeout
    }
}

std::optional<QString> EnrollmentDialog::checkInput() const {
    const QUrl url(m_urlEdit->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        return tr("Central's address starts with https://, for example https://central.example.com:8443.");
    }
    static const QRegularExpression code(QStringLiteral("^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}:[0-9a-f]{16,}$"));
    if (!code.match(m_codeEdit->text().trimmed()).hasMatch()) {
        return tr("The enrollment code looks like KQ4M-X2PD-9ZLA:3f9a1c07e2b4d8aa. Type it as "
                  "kassa-central printed it.");
    }
    if (!m_newTill || m_tillCreated) {
        return std::nullopt;
    }
    if (m_storeNameEdit->text().trimmed().isEmpty()) {
        return tr("Give the store's name: it is printed on every receipt.");
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,8}$"));
    if (!digits.match(m_managerIdEdit->text().trimmed()).hasMatch() || m_managerNameEdit->text().trimmed().isEmpty()) {
        return tr("Give the first manager's number (digits) and name: they are the first to log in.");
    }
    if (m_pinEdit->text() != m_pinAgainEdit->text()) {
        return tr("The two PINs differ. Type the PIN again in both fields.");
    }
    return std::nullopt;
}

void EnrollmentDialog::start() {
    if (const auto problem = checkInput()) {
        m_messageLabel->setProperty("role", QStringLiteral("error"));
        m_messageLabel->setText(*problem);
        return;
    }
    if (m_newTill && !m_tillCreated) {
        const auto problem = m_actions.setUp({m_storeNameEdit->text().trimmed(), m_managerIdEdit->text().trimmed(),
                                              m_managerNameEdit->text().trimmed(), m_pinEdit->text()});
        if (problem) {
            m_messageLabel->setProperty("role", QStringLiteral("error"));
            m_messageLabel->setText(*problem);
            return;
        }
        // The till exists from now on; a failed enrollment is tried again without making it twice.
        m_tillCreated = true;
        for (QLineEdit* edit : {m_storeNameEdit, m_managerIdEdit, m_managerNameEdit, m_pinEdit, m_pinAgainEdit}) {
            edit->setEnabled(false);
        }
    }
    setBusy(true);
    m_messageLabel->setProperty("role", QString());
    m_messageLabel->setText(tr("Contacting central…"));
    if (m_worker.joinable()) {
        m_worker.join(); // the previous attempt has reported already
    }
    m_worker =
        std::thread([this, url = m_urlEdit->text().trimmed(), code = m_codeEdit->text().trimmed(),
                     enroll = m_actions.enroll] { Q_EMIT enrollmentFinished(enroll(url, code).value_or(QString())); });
}

void EnrollmentDialog::finish(const QString& problem) {
    setBusy(false);
    if (problem.isEmpty()) {
        accept();
        return;
    }
    m_messageLabel->setProperty("role", QStringLiteral("error"));
    m_messageLabel->setText(problem);
}

void EnrollmentDialog::setBusy(bool busy) {
    m_enrollButton->setEnabled(!busy);
    m_urlEdit->setEnabled(!busy);
    m_codeEdit->setEnabled(!busy);
}

} // namespace kassa::ui

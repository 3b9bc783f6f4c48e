#include "ApprovalDialog.h"

#include "KeepFocus.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kassa::ui {

ApprovalDialog::ApprovalDialog(const QString& reason, Approver approver, QWidget* parent)
    : QDialog(parent)
    , m_approver(std::move(approver))
    , m_idEdit(new QLineEdit(this))
    , m_pinEdit(new QLineEdit(this))
    , m_messageLabel(new QLabel(this)) {
    setWindowTitle(tr("Supervisor approval"));
    setObjectName(QStringLiteral("approvalDialog"));
    m_idEdit->setObjectName(QStringLiteral("approverLineEdit"));
    m_pinEdit->setObjectName(QStringLiteral("approverPinLineEdit"));
    m_pinEdit->setEchoMode(QLineEdit::Password);
    m_messageLabel->setObjectName(QStringLiteral("approvalMessageLabel"));
    m_messageLabel->setProperty("role", QStringLiteral("error"));
    m_messageLabel->setWordWrap(true);

    auto* reasonLabel = new QLabel(reason, this);
    reasonLabel->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Supervisor number"), m_idEdit);
    form->addRow(tr("PIN"), m_pinEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Approve"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(reasonLabel);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);

    connect(m_idEdit, &QLineEdit::returnPressed, m_pinEdit, qOverload<>(&QWidget::setFocus));
    connect(buttons, &QDialogButtonBox::accepted, this, &ApprovalDialog::tryApprove);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ApprovalDialog::tryApprove() {
    auto result = m_approver(m_idEdit->text().trimmed(), m_pinEdit->text());
    m_pinEdit->clear();
    if (!result) {
        m_messageLabel->setText(core::describe(result.error()));
        m_pinEdit->setFocus();
        return;
    }
    m_approval = result.value();
    accept();
}

std::optional<core::Approval> ApprovalDialog::ask(const QString& reason, Approver approver, QWidget* parent) {
    const KeepFocus keyboard;
    ApprovalDialog dialog(reason, std::move(approver), parent);
    dialog.exec();
    return dialog.approval();
}

} // namespace kassa::ui

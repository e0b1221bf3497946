#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;
class QSpinBox;

namespace foljsam::ui {

// Arkiv → Anslut till server…: where a shared PostgreSQL register is (server, port, database,
// user) and the password. Gives the register location core's Database::open takes
// (postgresql://user@host:port/database); the password is kept apart so it is never stored.
class ServerDialog : public QDialog {
    Q_OBJECT

public:
    explicit ServerDialog(QWidget* parent = nullptr);

    QString location() const; // postgresql://user@host:port/database
    QString password() const;
    // Fills the fields from an earlier location (the password is not part of it).
    void setLocation(const QString& location);

private:
    void updateButtons();

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_connect = nullptr;
};

} // namespace foljsam::ui

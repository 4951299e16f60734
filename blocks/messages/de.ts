// German texts of the blocks, one locale in one file as Blockly's own blockly/msg/de is: a host that does not
// import it does not ship it (`codeless-blocks/locales/de`, or `messages.de` from the front door). Typed
// `Messages`, so a key missing here or one that no block uses fails the build. Block labels keep the Backendless
// names users know from the (English-only) Codeless editor where a translation would make them harder to look up
// in the docs; the help URLs point at the same (English-only) Backendless docs.
import type { Messages } from '../library.ts';

/** The German texts of every block and of the Users category, keyed by `Blockly.Msg` key. */
export const de: Messages = {
  CODELESS_USERS_CATEGORY: 'Benutzer',
  CODELESS_SERVER_LOGIC_CATEGORY: 'Serverlogik',
  CODELESS_SERVER_LOGIC_OUTSIDE_HANDLER: 'Dieser Block wirkt nur in einem Event-Handler (Serverlogik).',
  CODELESS_SERVER_LOGIC_WRONG_HANDLER:
    'Dieser Block hat in diesem Event-Handler keinen Wert: sein Tooltip nennt die Handler, in die er gehört.',

  // blocks/login.ts
  CODELESS_USERS_LOGIN: 'Benutzer anmelden %1 Login %2 Passwort %3 angemeldet bleiben %4',
  CODELESS_USERS_LOGIN_STATEMENT: 'Benutzer anmelden (ohne Ergebnis) %1 Login %2 Passwort %3 angemeldet bleiben %4',
  CODELESS_USERS_LOGIN_TOOLTIP:
    'Meldet einen Benutzer mit Identität (standardmäßig die E-Mail) und Passwort an und gibt ihn zurück; ' +
    '„angemeldet bleiben“ hält die Sitzung über ein Neuladen der Seite.',

  // blocks/get_user_token.ts
  CODELESS_USERS_GET_USER_TOKEN: 'Token des aktuellen Benutzers',
  CODELESS_USERS_GET_USER_TOKEN_TOOLTIP:
    'Das Benutzer-Token der aktuellen Sitzung, oder null, wenn niemand angemeldet ist.',

  // blocks/logout.ts
  CODELESS_USERS_LOGOUT: 'Aktuellen Benutzer abmelden',
  CODELESS_USERS_LOGOUT_TOOLTIP:
    'Beendet die aktuelle Sitzung auf dem Server und vergisst sie hier; ihr Token wird ungültig.',

  // blocks/is_valid_login.ts
  CODELESS_USERS_IS_VALID_LOGIN: 'Ist die Anmeldung gültig',
  CODELESS_USERS_IS_VALID_LOGIN_TOOLTIP:
    'Ob der Server das aktuelle Benutzer-Token noch annimmt (falsch ohne Anfrage, wenn es keines gibt).',

  // blocks/get_current_user.ts
  CODELESS_USERS_GET_CURRENT_USER: 'Aktueller Benutzer %1 neu laden %2',
  CODELESS_USERS_GET_CURRENT_USER_TOOLTIP:
    'Der angemeldete Benutzer, oder null. Mit „neu laden“ vom Server geholt (3064, wenn die Sitzung beendet ist).',

  // blocks/set_current_user.ts
  CODELESS_USERS_SET_CURRENT_USER: 'Aktuellen Benutzer setzen %1 Benutzer %2 angemeldet bleiben %3',
  CODELESS_USERS_SET_CURRENT_USER_TOOLTIP:
    'Macht ein Benutzerobjekt mit „user-token“ (z. B. von „Benutzer anmelden“) zur aktuellen Sitzung, ohne den ' +
    'Server zu fragen.',

  // blocks/set_user_token.ts
  CODELESS_USERS_SET_USER_TOKEN: 'Token des aktuellen Benutzers setzen %1 Token %2',
  CODELESS_USERS_SET_USER_TOKEN_TOOLTIP:
    'Ersetzt das Benutzer-Token der aktuellen Sitzung (wie das SDK: nicht, wenn niemand angemeldet ist).',

  // blocks/register.ts
  CODELESS_USERS_REGISTER: 'Benutzer registrieren %1 Benutzer %2',
  CODELESS_USERS_REGISTER_STATEMENT: 'Benutzer registrieren (ohne Ergebnis) %1 Benutzer %2',
  CODELESS_USERS_REGISTER_TOOLTIP:
    'Legt ein Konto an (mindestens E-Mail und Passwort), nicht angemeldet, und gibt den neuen Benutzer zurück; ' +
    'die objectId eines Gastes macht diesen Gast zum Mitglied.',

  // blocks/new_user.ts
  CODELESS_USERS_NEW_USER: 'Neuer Benutzer %1 E-Mail %2 Passwort %3 Name %4',
  CODELESS_USERS_NEW_USER_TOOLTIP:
    'Ein Objekt mit Benutzereigenschaften, z. B. für „Benutzer registrieren“; leere Eingänge fehlen darin. Mehr mit ' +
    '„setze Eigenschaft“.',

  // blocks/get_property.ts
  CODELESS_USERS_GET_PROPERTY: 'Eigenschaft %1 von Benutzer %2',
  CODELESS_USERS_GET_PROPERTY_TOOLTIP:
    'Der Wert einer Eigenschaft eines Benutzerobjekts, z. B. „name“, „email“, „objectId“ oder „user-token“.',

  // blocks/set_property.ts
  CODELESS_USERS_SET_PROPERTY: 'setze Eigenschaft %1 von Benutzer %2 auf %3',
  CODELESS_USERS_SET_PROPERTY_TOOLTIP:
    'Setzt eine Eigenschaft eines Benutzerobjekts (lokal; „Benutzer registrieren“ sendet sie).',

  // blocks/try_catch.ts
  CODELESS_USERS_TRY: 'versuche %1',
  CODELESS_USERS_CATCH: 'bei Fehler %1 %2',
  CODELESS_USERS_CATCH_VARIABLE: 'fehler',
  CODELESS_USERS_TRY_CATCH_TOOLTIP:
    'Schlägt ein Block unter „versuche“ fehl, laufen die Blöcke unter „bei Fehler“, mit dem Fehler in der Variablen.',

  // blocks/get_error.ts
  CODELESS_USERS_GET_ERROR: '%1 des Fehlers %2',
  CODELESS_USERS_ERROR_CODE: 'Code',
  CODELESS_USERS_ERROR_MESSAGE: 'Meldung',
  CODELESS_USERS_GET_ERROR_TOOLTIP:
    'Der Backendless-Code (z. B. 3003; null, wenn der Fehler nicht vom Server kam) oder die Meldung des Fehlers.',

  // blocks/login_as_guest.ts
  CODELESS_USERS_LOGIN_AS_GUEST: 'Als Gast anmelden %1 angemeldet bleiben %2',
  CODELESS_USERS_LOGIN_AS_GUEST_STATEMENT: 'Als Gast anmelden (ohne Ergebnis) %1 angemeldet bleiben %2',
  CODELESS_USERS_LOGIN_AS_GUEST_TOOLTIP:
    'Meldet ein neues Gastkonto an (userStatus GUEST) und gibt den Gastbenutzer zurück; „Benutzer registrieren“ ' +
    'mit seiner objectId macht ihn zum Mitglied.',

  // blocks/restore_password.ts
  CODELESS_USERS_RESTORE_PASSWORD: 'Passwort wiederherstellen %1 Identität %2',
  CODELESS_USERS_RESTORE_PASSWORD_TOOLTIP:
    'Schickt dem Benutzer per E-Mail einen Weg zu einem neuen Passwort. 3020: kein Benutzer hat diese Identität.',

  // blocks/get_user_roles.ts
  CODELESS_USERS_GET_USER_ROLES: 'Rollen des Benutzers',
  CODELESS_USERS_GET_USER_ROLES_TOOLTIP:
    'Die Rollen des aktuellen Benutzers (NotAuthenticatedUser, wenn niemand angemeldet ist).',

  // blocks/update_user.ts
  CODELESS_USERS_UPDATE_USER: 'Benutzer aktualisieren %1 Benutzer %2',
  CODELESS_USERS_UPDATE_USER_STATEMENT: 'Benutzer aktualisieren (ohne Ergebnis) %1 Benutzer %2',
  CODELESS_USERS_UPDATE_USER_TOOLTIP:
    'Speichert die geänderten Eigenschaften des angemeldeten Benutzers und gibt ihn zurück. 3029: ein anderer Benutzer.',

  // blocks/resend_email_confirmation.ts
  CODELESS_USERS_RESEND_EMAIL_CONFIRMATION: 'Bestätigungs-E-Mail erneut senden %1 Identität %2',
  CODELESS_USERS_RESEND_EMAIL_CONFIRMATION_TOOLTIP:
    'Schickt die E-Mail mit dem Bestätigungslink noch einmal. 3102: schon bestätigt.',

  // blocks/create_confirmation_url.ts
  CODELESS_USERS_CREATE_CONFIRMATION_URL: 'Bestätigungs-URL erzeugen %1 Identität %2',
  CODELESS_USERS_CREATE_CONFIRMATION_URL_TOOLTIP: 'Der Link, der die E-Mail-Adresse bestätigt, als Text.',

  // blocks/verify_password.ts
  CODELESS_USERS_VERIFY_PASSWORD: 'Passwort prüfen %1 Passwort %2',
  CODELESS_USERS_VERIFY_PASSWORD_TOOLTIP:
    'CloudCode (Server-Schlüssel; ein Client-Schlüssel bekommt 3122): ob es das Passwort des angemeldeten Benutzers ist.',

  // blocks/find_users_by_role.ts
  CODELESS_USERS_FIND_USERS_BY_ROLE: 'Benutzer mit Rolle finden %1 Rolle %2 Rollen laden %3',
  CODELESS_USERS_FIND_USERS_BY_ROLE_TOOLTIP:
    'Eine Liste der Benutzer mit dieser Rolle (mit ihren Rollen, wenn geladen).',

  // blocks/describe_user_class.ts
  CODELESS_USERS_DESCRIBE_USER_CLASS: 'Benutzerklasse beschreiben',
  CODELESS_USERS_DESCRIBE_USER_CLASS_TOOLTIP:
    'Eine Liste der Spalten der Tabelle Users: Name, Typ, Pflicht, Identität.',

  // blocks/login_by_object_id.ts
  CODELESS_USERS_LOGIN_BY_OBJECT_ID: 'Anmelden mit Objekt-ID %1 Objekt-ID %2 angemeldet bleiben %3',
  CODELESS_USERS_LOGIN_BY_OBJECT_ID_STATEMENT:
    'Anmelden mit Objekt-ID (ohne Ergebnis) %1 Objekt-ID %2 angemeldet bleiben %3',
  CODELESS_USERS_LOGIN_BY_OBJECT_ID_TOOLTIP:
    'CloudCode (Server-Schlüssel; ein Client-Schlüssel bekommt 2014): meldet den Benutzer ohne Passwort an.',

  // blocks/assign_role.ts
  CODELESS_USERS_ASSIGN_ROLE: 'Rolle zuweisen %1 Identität %2 Rolle %3',
  CODELESS_USERS_ASSIGN_ROLE_TOOLTIP:
    'CloudCode (Server-Schlüssel; ein Client-Schlüssel bekommt 2011): gibt dem Benutzer die Rolle.',

  // blocks/unassign_role.ts
  CODELESS_USERS_UNASSIGN_ROLE: 'Rolle entziehen %1 Identität %2 Rolle %3',
  CODELESS_USERS_UNASSIGN_ROLE_TOOLTIP:
    'CloudCode (Server-Schlüssel; ein Client-Schlüssel bekommt 2011): nimmt die Rolle weg.',

  // blocks/enable_user.ts
  CODELESS_USERS_ENABLE_USER: 'Benutzer aktivieren %1 ID %2',
  CODELESS_USERS_ENABLE_USER_TOOLTIP:
    'CloudCode (Server-Schlüssel; ein Client-Schlüssel bekommt 3054): der Benutzer kann sich wieder anmelden.',

  // blocks/disable_user.ts
  CODELESS_USERS_DISABLE_USER: 'Benutzer deaktivieren %1 ID %2',
  CODELESS_USERS_DISABLE_USER_TOOLTIP:
    'CloudCode (Server-Schlüssel; ein Client-Schlüssel bekommt 3054): Anmeldungen scheitern dann mit 3090.',

  // blocks/get_authorization_url.ts
  CODELESS_USERS_GET_AUTHORIZATION_URL: 'Autorisierungs-URL holen %1 Anbieter %2 Scope %3 nach der Anmeldung zu %4',
  CODELESS_USERS_GET_AUTHORIZATION_URL_TOOLTIP: 'Die Anmeldeseite des Anbieters für diese App, als Text.',

  // blocks/login_with_oauth2.ts
  CODELESS_USERS_LOGIN_WITH_OAUTH2:
    'Mit OAuth2 anmelden %1 Anbieter %2 Access-Token %3 Gastbenutzer %4 angemeldet bleiben %5',
  CODELESS_USERS_LOGIN_WITH_OAUTH2_STATEMENT:
    'Mit OAuth2 anmelden (ohne Ergebnis) %1 Anbieter %2 Access-Token %3 Gastbenutzer %4 angemeldet bleiben %5',
  CODELESS_USERS_LOGIN_WITH_OAUTH2_TOOLTIP:
    'Meldet mit dem Access-Token des Anbieters an und gibt den Benutzer zurück.',

  // blocks/try_catch_codes.ts
  CODELESS_USERS_TRY_CATCH_CODES: 'versuche %1 bei Fehler %2 mit Code %3 %4',
  CODELESS_USERS_TRY_CATCH_CODES_TOOLTIP:
    'Führt die Blöcke unter „bei Fehler“ nur bei Fehlern mit diesen Codes aus (z. B. 3003); jeder andere geht weiter.',

  // blocks/throw_error.ts
  CODELESS_USERS_THROW_ERROR: 'Fehler auslösen %1 Code %2 Meldung %3',
  CODELESS_USERS_THROW_ERROR_TOOLTIP:
    'Hält mit einem eigenen Fehler an, den „versuche“ wie einen Serverfehler abfängt.',

  // blocks/event_handler.ts
  CODELESS_USERS_EVENT_HANDLER: 'Event-Handler %1 %2 %3',
  CODELESS_USERS_EVENT_HANDLER_BEFORE: 'vor',
  CODELESS_USERS_EVENT_HANDLER_AFTER: 'nach',
  CODELESS_USERS_EVENT_HANDLER_SYNC: 'in der Kette',
  CODELESS_USERS_EVENT_HANDLER_ASYNC: 'ohne zu warten',
  CODELESS_USERS_EVENT_HANDLER_TOOLTIP:
    'Serverlogik für einen Aufruf des Benutzerdienstes: „vor“ darf die Anfrage ändern oder mit „throw error“ ' +
    'ablehnen, „nach“ darf das Ergebnis ändern. „ohne zu warten“: der Aufruf wartet nicht darauf (und es ändert nichts).',

  // blocks/request_user.ts
  CODELESS_USERS_REQUEST_USER: 'Request User',
  CODELESS_USERS_REQUEST_USER_TOOLTIP:
    'Das Benutzerobjekt, das der Aufruf sendet (Register, Update): seine Eigenschaften lassen sich vor dem Aufruf ' +
    'lesen und ändern.',

  // blocks/request_login.ts
  CODELESS_USERS_REQUEST_LOGIN: 'Request Login',
  CODELESS_USERS_REQUEST_LOGIN_TOOLTIP: 'Die Identität (z. B. die E-Mail), die ein Login-Aufruf sendet.',

  // blocks/request_password.ts
  CODELESS_USERS_REQUEST_PASSWORD: 'Request Password',
  CODELESS_USERS_REQUEST_PASSWORD_TOOLTIP: 'Das Passwort, das ein Login-Aufruf sendet.',

  // blocks/request_email.ts
  CODELESS_USERS_REQUEST_EMAIL: 'Request Email',
  CODELESS_USERS_REQUEST_EMAIL_TOOLTIP: 'Die Identität, die ein Restore-Password-Aufruf sendet.',

  // blocks/set_request_argument.ts
  CODELESS_USERS_SET_REQUEST_ARGUMENT: 'setze Request %1 auf %2',
  CODELESS_USERS_SET_REQUEST_ARGUMENT_TOOLTIP:
    'In einem „vor“-Handler: der Aufruf läuft mit diesem Wert statt dem, den der Client gesendet hat.',

  // blocks/response_user.ts
  CODELESS_USERS_RESPONSE_USER: 'Response User',
  CODELESS_USERS_RESPONSE_USER_TOOLTIP:
    'Nach Register, Login oder Update: der Benutzer, den der Client erhält; setze seine Eigenschaften, um zu ändern, ' +
    'was er erhält.',

  // blocks/response_user_properties.ts
  CODELESS_USERS_RESPONSE_USER_PROPERTIES: 'Response UserProperties',
  CODELESS_USERS_RESPONSE_USER_PROPERTIES_TOOLTIP:
    'Nach Describe: die Liste der Spalten der Users-Tabelle, die der Client erhält.',

  // blocks/set_response_result.ts
  CODELESS_USERS_SET_RESPONSE_RESULT: 'setze Response Result auf %1',
  CODELESS_USERS_SET_RESPONSE_RESULT_TOOLTIP:
    'In einem „nach“-Handler von Register, Login, Update oder Describe: der Client erhält dies statt des Ergebnisses.',

  // blocks/context_user_id.ts
  CODELESS_USERS_CONTEXT_USER_ID: 'Context User ID',
  CODELESS_USERS_CONTEXT_USER_ID_TOOLTIP:
    'Die objectId des angemeldeten Benutzers, der den Aufruf gemacht hat; leer, wenn niemand angemeldet ist.',

  // blocks/context_user_roles.ts
  CODELESS_USERS_CONTEXT_USER_ROLES: 'Context User Roles',
  CODELESS_USERS_CONTEXT_USER_ROLES_TOOLTIP:
    'Die Rollennamen des Benutzers, der den Aufruf gemacht hat (z. B. AuthenticatedUser).',
};

// German texts of the blocks, one locale in one file as Blockly's own blockly/msg/de is: a host that does not
// import it does not ship it (`codeless-blocks/locales/de`, or `messages.de` from the front door). Typed
// `Messages`, so a key missing here or one that no block uses fails the build. Block labels keep the Backendless
// names users know from the (English-only) Codeless editor where a translation would make them harder to look up
// in the docs; the help URLs point at the same (English-only) Backendless docs.
import { JS_DOCS, REST_DOCS } from '../block-file.ts';
import type { Messages } from '../library.ts';

/** The German texts of every block and of the Users category, keyed by `Blockly.Msg` key. */
export const de: Messages = {
  CODELESS_USERS_CATEGORY: 'Benutzer',

  // blocks/login.ts
  CODELESS_USERS_LOGIN: 'Benutzer anmelden %1 Login %2 Passwort %3 angemeldet bleiben %4',
  CODELESS_USERS_LOGIN_TOOLTIP:
    'Meldet einen Benutzer mit seiner Identität (standardmäßig die E-Mail) und seinem Passwort an und gibt das ' +
    'Benutzerobjekt zurück. Mit „angemeldet bleiben“ übersteht die Sitzung ein Neuladen der Seite.',
  CODELESS_USERS_LOGIN_STATEMENT_TOOLTIP:
    'Meldet einen Benutzer mit seiner Identität (standardmäßig die E-Mail) und seinem Passwort an; diese Form, ' +
    'wenn das Benutzerobjekt nicht gebraucht wird. Mit „angemeldet bleiben“ übersteht die Sitzung ein Neuladen.',
  CODELESS_USERS_LOGIN_HELPURL: JS_DOCS + 'users_login.html',

  // blocks/get_user_token.ts
  CODELESS_USERS_GET_USER_TOKEN: 'Token des aktuellen Benutzers',
  CODELESS_USERS_GET_USER_TOKEN_TOOLTIP:
    'Das Benutzer-Token der aktuellen Sitzung, oder null, wenn niemand angemeldet ist.',
  CODELESS_USERS_GET_USER_TOKEN_HELPURL: JS_DOCS + 'users_get_current_user_token.html',

  // blocks/logout.ts
  CODELESS_USERS_LOGOUT: 'Aktuellen Benutzer abmelden',
  CODELESS_USERS_LOGOUT_TOOLTIP:
    'Beendet die aktuelle Sitzung auf dem Server und vergisst sie lokal. Das Benutzer-Token wird ungültig.',
  CODELESS_USERS_LOGOUT_HELPURL: JS_DOCS + 'users_logout.html',

  // blocks/is_valid_login.ts
  CODELESS_USERS_IS_VALID_LOGIN: 'Ist die Anmeldung gültig',
  CODELESS_USERS_IS_VALID_LOGIN_TOOLTIP:
    'Fragt den Server, ob das aktuelle Benutzer-Token noch gültig ist: wahr oder falsch (falsch ohne Anfrage, ' +
    'wenn es kein Token gibt).',
  CODELESS_USERS_IS_VALID_LOGIN_HELPURL: JS_DOCS + 'users_validating_user_login.html',

  // blocks/get_current_user.ts
  CODELESS_USERS_GET_CURRENT_USER: 'Aktueller Benutzer %1 neu laden %2',
  CODELESS_USERS_GET_CURRENT_USER_TOOLTIP:
    'Das Objekt des angemeldeten Benutzers, oder null, wenn niemand angemeldet ist. Mit „neu laden“ wird es ' +
    'erneut vom Server geholt (das scheitert mit 3064, wenn die Sitzung beendet ist).',
  CODELESS_USERS_GET_CURRENT_USER_HELPURL: JS_DOCS + 'users_get_current_user.html',

  // blocks/set_current_user.ts
  CODELESS_USERS_SET_CURRENT_USER: 'Aktuellen Benutzer setzen %1 Benutzer %2 angemeldet bleiben %3',
  CODELESS_USERS_SET_CURRENT_USER_TOOLTIP:
    'Macht ein Benutzerobjekt (eines mit „user-token“, z. B. von „Benutzer anmelden“) zur aktuellen Sitzung, ' +
    'ohne den Server zu fragen.',
  CODELESS_USERS_SET_CURRENT_USER_HELPURL: JS_DOCS + 'users_set_current_user.html',

  // blocks/set_user_token.ts
  CODELESS_USERS_SET_USER_TOKEN: 'Token des aktuellen Benutzers setzen %1',
  CODELESS_USERS_SET_USER_TOKEN_TOOLTIP:
    'Ersetzt das Benutzer-Token der aktuellen Sitzung (wie im Backendless-SDK: ohne Wirkung, wenn niemand ' +
    'angemeldet ist).',
  CODELESS_USERS_SET_USER_TOKEN_HELPURL: JS_DOCS + 'users_set_current_user_token.html',

  // blocks/register.ts
  CODELESS_USERS_REGISTER: 'Benutzer registrieren %1 Benutzer %2',
  CODELESS_USERS_REGISTER_TOOLTIP:
    'Legt ein Benutzerkonto aus einem Objekt mit Eigenschaften an (mindestens E-Mail und Passwort) und gibt das ' +
    'neue Benutzerobjekt zurück. Der Benutzer wird dabei nicht angemeldet.',
  CODELESS_USERS_REGISTER_STATEMENT_TOOLTIP:
    'Legt ein Benutzerkonto aus einem Objekt mit Eigenschaften an (mindestens E-Mail und Passwort); diese Form, ' +
    'wenn das neue Benutzerobjekt nicht gebraucht wird. Der Benutzer wird dabei nicht angemeldet.',
  CODELESS_USERS_REGISTER_HELPURL: JS_DOCS + 'users_user_registration.html',

  // blocks/new_user.ts
  CODELESS_USERS_NEW_USER: 'Neuer Benutzer %1 E-Mail %2 Passwort %3 Name %4',
  CODELESS_USERS_NEW_USER_TOOLTIP:
    'Ein Objekt mit Benutzereigenschaften, z. B. für „Benutzer registrieren“. Leere Eingänge werden ' +
    'weggelassen; weitere Eigenschaften mit „setze Eigenschaft“.',
  CODELESS_USERS_NEW_USER_HELPURL: JS_DOCS + 'users_user_registration.html',

  // blocks/get_property.ts
  CODELESS_USERS_GET_PROPERTY: 'Eigenschaft %1 von Benutzer %2',
  CODELESS_USERS_GET_PROPERTY_TOOLTIP:
    'Der Wert einer Eigenschaft eines Benutzerobjekts, z. B. „name“, „email“, „objectId“ oder „user-token“.',
  CODELESS_USERS_GET_PROPERTY_HELPURL: REST_DOCS + 'users_user_properties.html',

  // blocks/set_property.ts
  CODELESS_USERS_SET_PROPERTY: 'setze Eigenschaft %1 von Benutzer %2 auf %3',
  CODELESS_USERS_SET_PROPERTY_TOOLTIP:
    'Setzt eine Eigenschaft eines Benutzerobjekts (lokal; „Benutzer registrieren“ sendet sie).',
  CODELESS_USERS_SET_PROPERTY_HELPURL: REST_DOCS + 'users_user_properties.html',

  // blocks/try_catch.ts
  CODELESS_USERS_TRY: 'versuche %1',
  CODELESS_USERS_CATCH: 'bei Fehler %1 %2',
  CODELESS_USERS_CATCH_VARIABLE: 'fehler',
  CODELESS_USERS_TRY_CATCH_TOOLTIP:
    'Führt die Blöcke unter „versuche“ aus; schlägt einer fehl, laufen die Blöcke unter „bei Fehler“ mit dem ' +
    'Fehler in der Variablen, z. B. Code 3003 „Invalid login or password“.',
  CODELESS_USERS_TRY_CATCH_HELPURL: JS_DOCS + 'shared_error_handling.html',

  // blocks/get_error.ts
  CODELESS_USERS_GET_ERROR: '%1 des Fehlers %2',
  CODELESS_USERS_ERROR_CODE: 'Code',
  CODELESS_USERS_ERROR_MESSAGE: 'Meldung',
  CODELESS_USERS_GET_ERROR_TOOLTIP:
    'Der Backendless-Fehlercode (z. B. 3003) oder die Meldung eines mit „versuche“ abgefangenen Fehlers. Der ' +
    'Code ist null bei Fehlern, die nicht vom Server kamen.',
  CODELESS_USERS_GET_ERROR_HELPURL: JS_DOCS + 'shared_error_handling.html',
};

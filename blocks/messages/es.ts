// Spanish texts of the blocks, one locale in one file as Blockly's own blockly/msg/es is: a host that does not
// import it does not ship it (`codeless-blocks/locales/es`, or `messages.es` from the front door). Typed
// `Messages`, so a key missing here or one that no block uses fails the build. Verbs follow Blockly's Spanish
// blocks («imprimir», «hacer», «establecer … a»); Backendless' names (Users, user-token, objectId, CloudCode) stay
// as its (English-only) documentation writes them, so they can be looked up there.
import type { Messages } from '../library.ts';

/** The Spanish texts of every block and of the Users category, keyed by `Blockly.Msg` key. */
export const es: Messages = {
  CODELESS_USERS_CATEGORY: 'Usuarios',

  // blocks/login.ts
  CODELESS_USERS_LOGIN: 'Iniciar sesión del usuario %1 login %2 contraseña %3 mantener la sesión %4',
  CODELESS_USERS_LOGIN_STATEMENT:
    'Iniciar sesión del usuario (sin resultado) %1 login %2 contraseña %3 mantener la sesión %4',
  CODELESS_USERS_LOGIN_TOOLTIP:
    'Inicia la sesión de un usuario por su identidad (el correo electrónico por defecto) y su contraseña, y ' +
    'devuelve el usuario; «mantener la sesión» conserva la sesión al recargar la página.',

  // blocks/get_user_token.ts
  CODELESS_USERS_GET_USER_TOKEN: 'Token del usuario actual',
  CODELESS_USERS_GET_USER_TOKEN_TOOLTIP:
    'El token de usuario (user-token) de la sesión actual, o null si nadie ha iniciado sesión.',

  // blocks/logout.ts
  CODELESS_USERS_LOGOUT: 'Cerrar la sesión del usuario actual',
  CODELESS_USERS_LOGOUT_TOOLTIP:
    'Termina la sesión actual en el servidor y la olvida aquí; su token deja de ser válido.',

  // blocks/is_valid_login.ts
  CODELESS_USERS_IS_VALID_LOGIN: '¿Es válida la sesión?',
  CODELESS_USERS_IS_VALID_LOGIN_TOOLTIP:
    'Si el servidor todavía acepta el token del usuario actual (falso, sin preguntar, si no hay ninguno).',

  // blocks/get_current_user.ts
  CODELESS_USERS_GET_CURRENT_USER: 'Usuario actual %1 recargar %2',
  CODELESS_USERS_GET_CURRENT_USER_TOOLTIP:
    'El usuario con la sesión iniciada, o null. Con «recargar», se obtiene del servidor (3064 si la sesión ha terminado).',

  // blocks/set_current_user.ts
  CODELESS_USERS_SET_CURRENT_USER: 'Establecer el usuario actual %1 usuario %2 mantener la sesión %3',
  CODELESS_USERS_SET_CURRENT_USER_TOOLTIP:
    'Convierte un objeto de usuario con «user-token» (p. ej. de «Iniciar sesión del usuario») en la sesión actual, ' +
    'sin preguntar al servidor.',

  // blocks/set_user_token.ts
  CODELESS_USERS_SET_USER_TOKEN: 'Establecer el token del usuario actual %1 token %2',
  CODELESS_USERS_SET_USER_TOKEN_TOOLTIP:
    'Reemplaza el token de usuario de la sesión actual (como el SDK: no, si nadie ha iniciado sesión).',

  // blocks/register.ts
  CODELESS_USERS_REGISTER: 'Registrar usuario %1 usuario %2',
  CODELESS_USERS_REGISTER_STATEMENT: 'Registrar usuario (sin resultado) %1 usuario %2',
  CODELESS_USERS_REGISTER_TOOLTIP:
    'Crea una cuenta (como mínimo correo y contraseña), sin iniciar sesión, y devuelve el nuevo usuario; el ' +
    'objectId de un invitado convierte a ese invitado en miembro.',

  // blocks/new_user.ts
  CODELESS_USERS_NEW_USER: 'Nuevo usuario %1 correo %2 contraseña %3 nombre %4',
  CODELESS_USERS_NEW_USER_TOOLTIP:
    'Un objeto con propiedades de usuario, p. ej. para «Registrar usuario»; las entradas vacías no se incluyen. ' +
    'Más con «establecer propiedad».',

  // blocks/get_property.ts
  CODELESS_USERS_GET_PROPERTY: 'propiedad %1 del usuario %2',
  CODELESS_USERS_GET_PROPERTY_TOOLTIP:
    'El valor de una propiedad de un objeto de usuario, p. ej. «name», «email», «objectId» o «user-token».',

  // blocks/set_property.ts
  CODELESS_USERS_SET_PROPERTY: 'establecer propiedad %1 del usuario %2 a %3',
  CODELESS_USERS_SET_PROPERTY_TOOLTIP:
    'Establece una propiedad de un objeto de usuario (localmente; «Registrar usuario» la envía).',

  // blocks/try_catch.ts
  CODELESS_USERS_TRY: 'intentar %1',
  CODELESS_USERS_CATCH: 'si hay error %1 %2',
  CODELESS_USERS_CATCH_VARIABLE: 'error',
  CODELESS_USERS_TRY_CATCH_TOOLTIP:
    'Si falla un bloque de «intentar», ejecuta los bloques de «si hay error» con el error en la variable ' +
    '(p. ej. el código 3003).',

  // blocks/get_error.ts
  CODELESS_USERS_GET_ERROR: '%1 del error %2',
  CODELESS_USERS_ERROR_CODE: 'código',
  CODELESS_USERS_ERROR_MESSAGE: 'mensaje',
  CODELESS_USERS_GET_ERROR_TOOLTIP:
    'El código Backendless del error (p. ej. 3003; null si el error no vino del servidor) o su mensaje.',

  // blocks/login_as_guest.ts
  CODELESS_USERS_LOGIN_AS_GUEST: 'Iniciar sesión como invitado %1 mantener la sesión %2',
  CODELESS_USERS_LOGIN_AS_GUEST_STATEMENT: 'Iniciar sesión como invitado (sin resultado) %1 mantener la sesión %2',
  CODELESS_USERS_LOGIN_AS_GUEST_TOOLTIP:
    'Inicia la sesión de una nueva cuenta de invitado (userStatus GUEST) y devuelve el usuario invitado; ' +
    '«Registrar usuario» con su objectId lo convierte en miembro.',

  // blocks/restore_password.ts
  CODELESS_USERS_RESTORE_PASSWORD: 'Recuperar contraseña %1 identidad %2',
  CODELESS_USERS_RESTORE_PASSWORD_TOOLTIP:
    'Envía al usuario un correo para establecer una nueva contraseña. 3020: ningún usuario tiene esa identidad.',

  // blocks/get_user_roles.ts
  CODELESS_USERS_GET_USER_ROLES: 'Roles del usuario',
  CODELESS_USERS_GET_USER_ROLES_TOOLTIP:
    'Los roles del usuario actual (NotAuthenticatedUser si nadie ha iniciado sesión).',

  // blocks/update_user.ts
  CODELESS_USERS_UPDATE_USER: 'Actualizar usuario %1 usuario %2',
  CODELESS_USERS_UPDATE_USER_STATEMENT: 'Actualizar usuario (sin resultado) %1 usuario %2',
  CODELESS_USERS_UPDATE_USER_TOOLTIP:
    'Guarda las propiedades modificadas del usuario con la sesión iniciada y lo devuelve actualizado. 3029: otro ' +
    'usuario.',

  // blocks/resend_email_confirmation.ts
  CODELESS_USERS_RESEND_EMAIL_CONFIRMATION: 'Reenviar correo de confirmación %1 identidad %2',
  CODELESS_USERS_RESEND_EMAIL_CONFIRMATION_TOOLTIP:
    'Vuelve a enviar el correo con el enlace de confirmación. 3102: ya está confirmado.',

  // blocks/create_confirmation_url.ts
  CODELESS_USERS_CREATE_CONFIRMATION_URL: 'Crear URL de confirmación %1 identidad %2',
  CODELESS_USERS_CREATE_CONFIRMATION_URL_TOOLTIP: 'El enlace que confirma la dirección de correo, como texto.',

  // blocks/verify_password.ts
  CODELESS_USERS_VERIFY_PASSWORD: 'Verificar contraseña %1 contraseña %2',
  CODELESS_USERS_VERIFY_PASSWORD_TOOLTIP:
    'CloudCode (clave de servidor; una clave de cliente recibe 3122): si es la contraseña del usuario con la ' +
    'sesión iniciada.',

  // blocks/find_users_by_role.ts
  CODELESS_USERS_FIND_USERS_BY_ROLE: 'Buscar usuarios por rol %1 rol %2 cargar roles %3',
  CODELESS_USERS_FIND_USERS_BY_ROLE_TOOLTIP:
    'Una lista de los usuarios que tienen el rol (con sus roles, si se cargan).',

  // blocks/describe_user_class.ts
  CODELESS_USERS_DESCRIBE_USER_CLASS: 'Describir la clase de usuarios',
  CODELESS_USERS_DESCRIBE_USER_CLASS_TOOLTIP:
    'Una lista de las columnas de la tabla Users: nombre, tipo, obligatoria, identidad.',

  // blocks/login_by_object_id.ts
  CODELESS_USERS_LOGIN_BY_OBJECT_ID: 'Iniciar sesión por objectId %1 objectId %2 mantener la sesión %3',
  CODELESS_USERS_LOGIN_BY_OBJECT_ID_STATEMENT:
    'Iniciar sesión por objectId (sin resultado) %1 objectId %2 mantener la sesión %3',
  CODELESS_USERS_LOGIN_BY_OBJECT_ID_TOOLTIP:
    'CloudCode (clave de servidor; una clave de cliente recibe 2014): inicia la sesión del usuario sin contraseña.',

  // blocks/assign_role.ts
  CODELESS_USERS_ASSIGN_ROLE: 'Asignar rol %1 identidad %2 rol %3',
  CODELESS_USERS_ASSIGN_ROLE_TOOLTIP:
    'CloudCode (clave de servidor; una clave de cliente recibe 2011): da el rol al usuario.',

  // blocks/unassign_role.ts
  CODELESS_USERS_UNASSIGN_ROLE: 'Quitar rol %1 identidad %2 rol %3',
  CODELESS_USERS_UNASSIGN_ROLE_TOOLTIP:
    'CloudCode (clave de servidor; una clave de cliente recibe 2011): quita el rol al usuario.',

  // blocks/enable_user.ts
  CODELESS_USERS_ENABLE_USER: 'Habilitar usuario %1 id %2',
  CODELESS_USERS_ENABLE_USER_TOOLTIP:
    'CloudCode (clave de servidor; una clave de cliente recibe 3054): el usuario puede volver a iniciar sesión.',

  // blocks/disable_user.ts
  CODELESS_USERS_DISABLE_USER: 'Deshabilitar usuario %1 id %2',
  CODELESS_USERS_DISABLE_USER_TOOLTIP:
    'CloudCode (clave de servidor; una clave de cliente recibe 3054): sus inicios de sesión fallan luego con 3090.',

  // blocks/get_authorization_url.ts
  CODELESS_USERS_GET_AUTHORIZATION_URL:
    'Obtener URL de autorización %1 proveedor %2 alcance %3 redirigir tras iniciar sesión %4',
  CODELESS_USERS_GET_AUTHORIZATION_URL_TOOLTIP:
    'La página de inicio de sesión del proveedor para esta app, como texto.',

  // blocks/login_with_oauth2.ts
  CODELESS_USERS_LOGIN_WITH_OAUTH2:
    'Iniciar sesión con OAuth2 %1 proveedor %2 token de acceso %3 usuario invitado %4 mantener la sesión %5',
  CODELESS_USERS_LOGIN_WITH_OAUTH2_STATEMENT:
    'Iniciar sesión con OAuth2 (sin resultado) %1 proveedor %2 token de acceso %3 usuario invitado %4 ' +
    'mantener la sesión %5',
  CODELESS_USERS_LOGIN_WITH_OAUTH2_TOOLTIP: 'Inicia sesión con el token de acceso del proveedor y devuelve el usuario.',

  // blocks/try_catch_codes.ts
  CODELESS_USERS_TRY_CATCH_CODES: 'intentar %1 si hay error %2 con código %3 %4',
  CODELESS_USERS_TRY_CATCH_CODES_TOOLTIP:
    'Ejecuta los bloques de «si hay error» solo para errores con estos códigos (p. ej. 3003); cualquier otro error ' +
    'sigue adelante.',

  // blocks/throw_error.ts
  CODELESS_USERS_THROW_ERROR: 'lanzar error %1 código %2 mensaje %3',
  CODELESS_USERS_THROW_ERROR_TOOLTIP:
    'Se detiene con un error propio, que «intentar» captura como un error del servidor.',

  // Server logic: blocks/library.ts (category, warnings) and the Server logic blocks
  CODELESS_SERVER_LOGIC_CATEGORY: 'Lógica de servidor',
  CODELESS_SERVER_LOGIC_OUTSIDE_HANDLER:
    'Este bloque solo funciona dentro de un manejador de eventos (lógica de servidor).',
  CODELESS_SERVER_LOGIC_WRONG_HANDLER:
    'Este bloque no tiene valor en este manejador de eventos: su descripción dice a qué manejadores pertenece.',
  CODELESS_USERS_EVENT_HANDLER: 'manejador de eventos %1 %2 %3',
  CODELESS_USERS_EVENT_HANDLER_BEFORE: 'antes de',
  CODELESS_USERS_EVENT_HANDLER_AFTER: 'después de',
  CODELESS_USERS_EVENT_HANDLER_SYNC: 'en la cadena',
  CODELESS_USERS_EVENT_HANDLER_ASYNC: 'sin esperar',
  CODELESS_USERS_EVENT_HANDLER_TOOLTIP:
    'Lógica de servidor para una llamada del servicio Users: «antes de» puede cambiar la solicitud o rechazarla con «lanzar error», «después de» puede cambiar el resultado. «sin esperar»: la llamada no lo espera (y no puede cambiar nada).',
  CODELESS_USERS_REQUEST_USER: 'Request User',
  CODELESS_USERS_REQUEST_USER_TOOLTIP:
    'El objeto de usuario que envía la llamada (Register, Update): sus propiedades se pueden leer y cambiar antes de la llamada.',
  CODELESS_USERS_REQUEST_LOGIN: 'Request Login',
  CODELESS_USERS_REQUEST_LOGIN_TOOLTIP: 'La identidad (p. ej. el correo) que envía una llamada Login.',
  CODELESS_USERS_REQUEST_PASSWORD: 'Request Password',
  CODELESS_USERS_REQUEST_PASSWORD_TOOLTIP: 'La contraseña que envía una llamada Login.',
  CODELESS_USERS_REQUEST_EMAIL: 'Request Email',
  CODELESS_USERS_REQUEST_EMAIL_TOOLTIP: 'La identidad que envía una llamada Restore Password.',
  CODELESS_USERS_SET_REQUEST_ARGUMENT: 'establecer Request %1 a %2',
  CODELESS_USERS_SET_REQUEST_ARGUMENT_TOOLTIP:
    'En un manejador «antes de»: la llamada sigue con este valor en lugar del que envió el cliente.',
  CODELESS_USERS_RESPONSE_USER: 'Response User',
  CODELESS_USERS_RESPONSE_USER_TOOLTIP:
    'Después de Register, Login o Update: el usuario que recibe el cliente; establece sus propiedades para cambiar lo que recibe.',
  CODELESS_USERS_RESPONSE_USER_PROPERTIES: 'Response UserProperties',
  CODELESS_USERS_RESPONSE_USER_PROPERTIES_TOOLTIP:
    'Después de Describe: la lista de columnas de la tabla Users que recibe el cliente.',
  CODELESS_USERS_SET_RESPONSE_RESULT: 'establecer Response Result a %1',
  CODELESS_USERS_SET_RESPONSE_RESULT_TOOLTIP:
    'En un manejador «después de» de Register, Login, Update o Describe: el cliente recibe esto en lugar del resultado.',
  CODELESS_USERS_CONTEXT_USER_ID: 'Context User ID',
  CODELESS_USERS_CONTEXT_USER_ID_TOOLTIP:
    'El objectId del usuario conectado que hizo la llamada; vacío cuando nadie ha iniciado sesión.',
  CODELESS_USERS_CONTEXT_USER_ROLES: 'Context User Roles',
  CODELESS_USERS_CONTEXT_USER_ROLES_TOOLTIP:
    'Los nombres de los roles del usuario que hizo la llamada (p. ej. AuthenticatedUser).',
};

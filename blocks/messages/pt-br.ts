// Brazilian Portuguese texts of the blocks, one locale in one file as Blockly's own blockly/msg/pt-br is: a host
// that does not import it does not ship it (`codeless-blocks/locales/pt-br`, or `messages['pt-br']` from the front
// door). Typed `Messages`, so a key missing here or one that no block uses fails the build. Verbs follow Blockly's
// Brazilian blocks (“imprime”, “faça”, “definir … para”); Backendless' names (Users, user-token, objectId,
// CloudCode) stay as its (English-only) documentation writes them, so they can be looked up there.
import type { Messages } from '../library.ts';

/** The Brazilian Portuguese texts of every block and of the Users category, keyed by `Blockly.Msg` key. */
export const ptBR: Messages = {
  CODELESS_USERS_CATEGORY: 'Usuários',

  // blocks/login.ts
  CODELESS_USERS_LOGIN: 'Fazer login do usuário %1 login %2 senha %3 manter conectado %4',
  CODELESS_USERS_LOGIN_STATEMENT: 'Fazer login do usuário (sem resultado) %1 login %2 senha %3 manter conectado %4',
  CODELESS_USERS_LOGIN_TOOLTIP:
    'Faz login de um usuário pela identidade (o e-mail, por padrão) e senha e devolve o usuário; “manter ' +
    'conectado” mantém a sessão quando a página é recarregada.',

  // blocks/get_user_token.ts
  CODELESS_USERS_GET_USER_TOKEN: 'Token do usuário atual',
  CODELESS_USERS_GET_USER_TOKEN_TOOLTIP:
    'O token de usuário (user-token) da sessão atual, ou null quando ninguém está conectado.',

  // blocks/logout.ts
  CODELESS_USERS_LOGOUT: 'Fazer logout do usuário atual',
  CODELESS_USERS_LOGOUT_TOOLTIP: 'Encerra a sessão atual no servidor e a esquece aqui; o token dela deixa de valer.',

  // blocks/is_valid_login.ts
  CODELESS_USERS_IS_VALID_LOGIN: 'O login é válido',
  CODELESS_USERS_IS_VALID_LOGIN_TOOLTIP:
    'Se o servidor ainda aceita o token do usuário atual (falso, sem perguntar, quando não há nenhum).',

  // blocks/get_current_user.ts
  CODELESS_USERS_GET_CURRENT_USER: 'Usuário atual %1 recarregar %2',
  CODELESS_USERS_GET_CURRENT_USER_TOOLTIP:
    'O usuário conectado, ou null. Com “recarregar”, buscado no servidor (3064 quando a sessão já terminou).',

  // blocks/set_current_user.ts
  CODELESS_USERS_SET_CURRENT_USER: 'Definir usuário atual %1 usuário %2 manter conectado %3',
  CODELESS_USERS_SET_CURRENT_USER_TOOLTIP:
    'Torna um objeto de usuário que tem “user-token” (por exemplo, de “Fazer login do usuário”) a sessão atual, ' +
    'sem consultar o servidor.',

  // blocks/set_user_token.ts
  CODELESS_USERS_SET_USER_TOKEN: 'Definir token do usuário atual %1 token %2',
  CODELESS_USERS_SET_USER_TOKEN_TOOLTIP:
    'Substitui o token de usuário da sessão atual (como o SDK: não quando ninguém está conectado).',

  // blocks/register.ts
  CODELESS_USERS_REGISTER: 'Registrar usuário %1 usuário %2',
  CODELESS_USERS_REGISTER_STATEMENT: 'Registrar usuário (sem resultado) %1 usuário %2',
  CODELESS_USERS_REGISTER_TOOLTIP:
    'Cria uma conta (no mínimo e-mail e senha), sem fazer login, e devolve o novo usuário; o objectId de um ' +
    'convidado torna esse convidado um membro.',

  // blocks/new_user.ts
  CODELESS_USERS_NEW_USER: 'Novo usuário %1 e-mail %2 senha %3 nome %4',
  CODELESS_USERS_NEW_USER_TOOLTIP:
    'Um objeto com propriedades de usuário, por exemplo para “Registrar usuário”; entradas vazias ficam de fora. ' +
    'Mais com “definir propriedade”.',

  // blocks/get_property.ts
  CODELESS_USERS_GET_PROPERTY: 'propriedade %1 do usuário %2',
  CODELESS_USERS_GET_PROPERTY_TOOLTIP:
    'O valor de uma propriedade de um objeto de usuário, por exemplo “name”, “email”, “objectId” ou “user-token”.',

  // blocks/set_property.ts
  CODELESS_USERS_SET_PROPERTY: 'definir propriedade %1 do usuário %2 para %3',
  CODELESS_USERS_SET_PROPERTY_TOOLTIP:
    'Define uma propriedade de um objeto de usuário (localmente; “Registrar usuário” a envia).',

  // blocks/try_catch.ts
  CODELESS_USERS_TRY: 'tentar %1',
  CODELESS_USERS_CATCH: 'se der erro %1 %2',
  CODELESS_USERS_CATCH_VARIABLE: 'erro',
  CODELESS_USERS_TRY_CATCH_TOOLTIP:
    'Se um bloco em “tentar” falhar, executa os blocos em “se der erro”, com o erro na variável (por exemplo, ' +
    'o código 3003).',

  // blocks/get_error.ts
  CODELESS_USERS_GET_ERROR: '%1 do erro %2',
  CODELESS_USERS_ERROR_CODE: 'código',
  CODELESS_USERS_ERROR_MESSAGE: 'mensagem',
  CODELESS_USERS_GET_ERROR_TOOLTIP:
    'O código Backendless do erro (por exemplo 3003; null quando o erro não veio do servidor) ou a mensagem dele.',

  // blocks/login_as_guest.ts
  CODELESS_USERS_LOGIN_AS_GUEST: 'Fazer login como convidado %1 manter conectado %2',
  CODELESS_USERS_LOGIN_AS_GUEST_STATEMENT: 'Fazer login como convidado (sem resultado) %1 manter conectado %2',
  CODELESS_USERS_LOGIN_AS_GUEST_TOOLTIP:
    'Faz login de uma nova conta de convidado (userStatus GUEST) e devolve o usuário convidado; “Registrar ' +
    'usuário” com o objectId dele o torna um membro.',

  // blocks/restore_password.ts
  CODELESS_USERS_RESTORE_PASSWORD: 'Recuperar senha %1 identidade %2',
  CODELESS_USERS_RESTORE_PASSWORD_TOOLTIP:
    'Envia ao usuário um e-mail para definir uma nova senha. 3020: nenhum usuário tem essa identidade.',

  // blocks/get_user_roles.ts
  CODELESS_USERS_GET_USER_ROLES: 'Papéis do usuário',
  CODELESS_USERS_GET_USER_ROLES_TOOLTIP:
    'Os papéis do usuário atual (NotAuthenticatedUser quando ninguém está conectado).',

  // blocks/update_user.ts
  CODELESS_USERS_UPDATE_USER: 'Atualizar usuário %1 usuário %2',
  CODELESS_USERS_UPDATE_USER_STATEMENT: 'Atualizar usuário (sem resultado) %1 usuário %2',
  CODELESS_USERS_UPDATE_USER_TOOLTIP:
    'Salva as propriedades alteradas do usuário conectado e o devolve atualizado. 3029: outro usuário.',

  // blocks/resend_email_confirmation.ts
  CODELESS_USERS_RESEND_EMAIL_CONFIRMATION: 'Reenviar e-mail de confirmação %1 identidade %2',
  CODELESS_USERS_RESEND_EMAIL_CONFIRMATION_TOOLTIP:
    'Envia de novo o e-mail com o link de confirmação. 3102: já confirmado.',

  // blocks/create_confirmation_url.ts
  CODELESS_USERS_CREATE_CONFIRMATION_URL: 'Criar URL de confirmação %1 identidade %2',
  CODELESS_USERS_CREATE_CONFIRMATION_URL_TOOLTIP: 'O link que confirma o endereço de e-mail, como texto.',

  // blocks/verify_password.ts
  CODELESS_USERS_VERIFY_PASSWORD: 'Verificar senha %1 senha %2',
  CODELESS_USERS_VERIFY_PASSWORD_TOOLTIP:
    'CloudCode (chave de servidor; uma chave de cliente recebe 3122): se é a senha do usuário conectado.',

  // blocks/find_users_by_role.ts
  CODELESS_USERS_FIND_USERS_BY_ROLE: 'Buscar usuários por papel %1 papel %2 carregar papéis %3',
  CODELESS_USERS_FIND_USERS_BY_ROLE_TOOLTIP:
    'Uma lista dos usuários que têm o papel (com os papéis deles, se carregados).',

  // blocks/describe_user_class.ts
  CODELESS_USERS_DESCRIBE_USER_CLASS: 'Descrever a classe de usuários',
  CODELESS_USERS_DESCRIBE_USER_CLASS_TOOLTIP:
    'Uma lista das colunas da tabela Users: nome, tipo, obrigatória, identidade.',

  // blocks/login_by_object_id.ts
  CODELESS_USERS_LOGIN_BY_OBJECT_ID: 'Fazer login por objectId %1 objectId %2 manter conectado %3',
  CODELESS_USERS_LOGIN_BY_OBJECT_ID_STATEMENT:
    'Fazer login por objectId (sem resultado) %1 objectId %2 manter conectado %3',
  CODELESS_USERS_LOGIN_BY_OBJECT_ID_TOOLTIP:
    'CloudCode (chave de servidor; uma chave de cliente recebe 2014): faz login do usuário sem senha.',

  // blocks/assign_role.ts
  CODELESS_USERS_ASSIGN_ROLE: 'Atribuir papel %1 identidade %2 papel %3',
  CODELESS_USERS_ASSIGN_ROLE_TOOLTIP:
    'CloudCode (chave de servidor; uma chave de cliente recebe 2011): dá o papel ao usuário.',

  // blocks/unassign_role.ts
  CODELESS_USERS_UNASSIGN_ROLE: 'Remover papel %1 identidade %2 papel %3',
  CODELESS_USERS_UNASSIGN_ROLE_TOOLTIP:
    'CloudCode (chave de servidor; uma chave de cliente recebe 2011): tira o papel do usuário.',

  // blocks/enable_user.ts
  CODELESS_USERS_ENABLE_USER: 'Ativar usuário %1 id %2',
  CODELESS_USERS_ENABLE_USER_TOOLTIP:
    'CloudCode (chave de servidor; uma chave de cliente recebe 3054): o usuário pode fazer login de novo.',

  // blocks/disable_user.ts
  CODELESS_USERS_DISABLE_USER: 'Desativar usuário %1 id %2',
  CODELESS_USERS_DISABLE_USER_TOOLTIP:
    'CloudCode (chave de servidor; uma chave de cliente recebe 3054): os logins passam a falhar com 3090.',

  // blocks/get_authorization_url.ts
  CODELESS_USERS_GET_AUTHORIZATION_URL:
    'Obter URL de autorização %1 provedor %2 escopo %3 redirecionar após o login %4',
  CODELESS_USERS_GET_AUTHORIZATION_URL_TOOLTIP: 'A página de login do provedor para este app, como texto.',

  // blocks/login_with_oauth2.ts
  CODELESS_USERS_LOGIN_WITH_OAUTH2:
    'Fazer login com OAuth2 %1 provedor %2 token de acesso %3 usuário convidado %4 manter conectado %5',
  CODELESS_USERS_LOGIN_WITH_OAUTH2_STATEMENT:
    'Fazer login com OAuth2 (sem resultado) %1 provedor %2 token de acesso %3 usuário convidado %4 ' +
    'manter conectado %5',
  CODELESS_USERS_LOGIN_WITH_OAUTH2_TOOLTIP: 'Faz login com o token de acesso do provedor e devolve o usuário.',

  // blocks/try_catch_codes.ts
  CODELESS_USERS_TRY_CATCH_CODES: 'tentar %1 se der erro %2 com código %3 %4',
  CODELESS_USERS_TRY_CATCH_CODES_TOOLTIP:
    'Executa os blocos em “se der erro” só para erros com estes códigos (por exemplo 3003); qualquer outro erro ' +
    'segue adiante.',

  // blocks/throw_error.ts
  CODELESS_USERS_THROW_ERROR: 'lançar erro %1 código %2 mensagem %3',
  CODELESS_USERS_THROW_ERROR_TOOLTIP: 'Para com um erro próprio, que “tentar” captura como um erro do servidor.',

  // Server logic: blocks/library.ts (category, warnings) and the Server logic blocks
  CODELESS_SERVER_LOGIC_CATEGORY: 'Lógica do servidor',
  CODELESS_SERVER_LOGIC_OUTSIDE_HANDLER:
    'Este bloco só funciona dentro de um manipulador de eventos (lógica do servidor).',
  CODELESS_SERVER_LOGIC_WRONG_HANDLER:
    'Este bloco não tem valor neste manipulador de eventos: a dica dele diz a quais manipuladores ele pertence.',
  CODELESS_USERS_EVENT_HANDLER: 'manipulador de eventos %1 %2 %3',
  CODELESS_USERS_EVENT_HANDLER_BEFORE: 'antes de',
  CODELESS_USERS_EVENT_HANDLER_AFTER: 'depois de',
  CODELESS_USERS_EVENT_HANDLER_SYNC: 'na cadeia',
  CODELESS_USERS_EVENT_HANDLER_ASYNC: 'sem esperar',
  CODELESS_USERS_EVENT_HANDLER_TOOLTIP:
    'Lógica do servidor para uma chamada do serviço Users: “antes de” pode mudar a requisição ou recusá-la com “lançar erro”, “depois de” pode mudar o resultado. “sem esperar”: a chamada não espera por ele (e ele não pode mudar nada).',
  CODELESS_USERS_REQUEST_USER: 'Request User',
  CODELESS_USERS_REQUEST_USER_TOOLTIP:
    'O objeto de usuário que a chamada envia (Register, Update): suas propriedades podem ser lidas e alteradas antes da chamada.',
  CODELESS_USERS_REQUEST_LOGIN: 'Request Login',
  CODELESS_USERS_REQUEST_LOGIN_TOOLTIP: 'A identidade (p. ex. o e-mail) que uma chamada Login envia.',
  CODELESS_USERS_REQUEST_PASSWORD: 'Request Password',
  CODELESS_USERS_REQUEST_PASSWORD_TOOLTIP: 'A senha que uma chamada Login envia.',
  CODELESS_USERS_REQUEST_EMAIL: 'Request Email',
  CODELESS_USERS_REQUEST_EMAIL_TOOLTIP: 'A identidade que uma chamada Restore Password envia.',
  CODELESS_USERS_SET_REQUEST_ARGUMENT: 'definir Request %1 como %2',
  CODELESS_USERS_SET_REQUEST_ARGUMENT_TOOLTIP:
    'Num manipulador “antes de”: a chamada continua com este valor em vez do que o cliente enviou.',
  CODELESS_USERS_RESPONSE_USER: 'Response User',
  CODELESS_USERS_RESPONSE_USER_TOOLTIP:
    'Depois de Register, Login ou Update: o usuário que o cliente recebe; defina as propriedades dele para mudar o que ele recebe.',
  CODELESS_USERS_RESPONSE_USER_PROPERTIES: 'Response UserProperties',
  CODELESS_USERS_RESPONSE_USER_PROPERTIES_TOOLTIP:
    'Depois de Describe: a lista das colunas da tabela Users que o cliente recebe.',
  CODELESS_USERS_SET_RESPONSE_RESULT: 'definir Response Result como %1',
  CODELESS_USERS_SET_RESPONSE_RESULT_TOOLTIP:
    'Num manipulador “depois de” de Register, Login, Update ou Describe: o cliente recebe isto em vez do resultado.',
  CODELESS_USERS_CONTEXT_USER_ID: 'Context User ID',
  CODELESS_USERS_CONTEXT_USER_ID_TOOLTIP:
    'O objectId do usuário conectado que fez a chamada; vazio quando ninguém está conectado.',
  CODELESS_USERS_CONTEXT_USER_ROLES: 'Context User Roles',
  CODELESS_USERS_CONTEXT_USER_ROLES_TOOLTIP:
    'Os nomes dos papéis do usuário que fez a chamada (p. ex. AuthenticatedUser).',
};

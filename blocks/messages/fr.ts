// French texts of the blocks, one locale in one file as Blockly's own blockly/msg/fr is: a host that does not
// import it does not ship it (`codeless-blocks/locales/fr`, or `messages.fr` from the front door). Typed
// `Messages`, so a key missing here or one that no block uses fails the build. Verbs follow Blockly's French blocks
// (« afficher », « faire », « définir … à »); Backendless' names (Users, user-token, objectId, CloudCode) stay as its
// (English-only) documentation writes them, so they can be looked up there.
import type { Messages } from '../library.ts';

/** The French texts of every block and of the Users category, keyed by `Blockly.Msg` key. */
export const fr: Messages = {
  CODELESS_USERS_CATEGORY: 'Utilisateurs',

  // blocks/login.ts
  CODELESS_USERS_LOGIN: 'Connecter l’utilisateur %1 identifiant %2 mot de passe %3 rester connecté %4',
  CODELESS_USERS_LOGIN_STATEMENT:
    'Connecter l’utilisateur (sans résultat) %1 identifiant %2 mot de passe %3 rester connecté %4',
  CODELESS_USERS_LOGIN_TOOLTIP:
    'Connecte un utilisateur par son identité (l’e-mail par défaut) et son mot de passe, et renvoie l’utilisateur ; ' +
    '« rester connecté » garde la session après un rechargement de la page.',

  // blocks/get_user_token.ts
  CODELESS_USERS_GET_USER_TOKEN: 'Jeton de l’utilisateur courant',
  CODELESS_USERS_GET_USER_TOKEN_TOOLTIP:
    'Le jeton utilisateur (user-token) de la session courante, ou null si personne n’est connecté.',

  // blocks/logout.ts
  CODELESS_USERS_LOGOUT: 'Déconnecter l’utilisateur courant',
  CODELESS_USERS_LOGOUT_TOOLTIP:
    'Termine la session courante sur le serveur et l’oublie ici ; son jeton n’est plus accepté.',

  // blocks/is_valid_login.ts
  CODELESS_USERS_IS_VALID_LOGIN: 'La connexion est-elle valide',
  CODELESS_USERS_IS_VALID_LOGIN_TOOLTIP:
    'Si le serveur accepte encore le jeton de l’utilisateur courant (faux, sans rien demander, s’il n’y en a pas).',

  // blocks/get_current_user.ts
  CODELESS_USERS_GET_CURRENT_USER: 'Utilisateur courant %1 recharger %2',
  CODELESS_USERS_GET_CURRENT_USER_TOOLTIP:
    'L’utilisateur connecté, ou null. Avec « recharger », lu sur le serveur (3064 si la session est terminée).',

  // blocks/set_current_user.ts
  CODELESS_USERS_SET_CURRENT_USER: 'Définir l’utilisateur courant %1 utilisateur %2 rester connecté %3',
  CODELESS_USERS_SET_CURRENT_USER_TOOLTIP:
    'Fait d’un objet utilisateur qui porte un « user-token » (par ex. de « Connecter l’utilisateur ») la session ' +
    'courante, sans interroger le serveur.',

  // blocks/set_user_token.ts
  CODELESS_USERS_SET_USER_TOKEN: 'Définir le jeton de l’utilisateur courant %1 jeton %2',
  CODELESS_USERS_SET_USER_TOKEN_TOOLTIP:
    'Remplace le jeton utilisateur de la session courante (comme le SDK : rien si personne n’est connecté).',

  // blocks/register.ts
  CODELESS_USERS_REGISTER: 'Inscrire l’utilisateur %1 utilisateur %2',
  CODELESS_USERS_REGISTER_STATEMENT: 'Inscrire l’utilisateur (sans résultat) %1 utilisateur %2',
  CODELESS_USERS_REGISTER_TOOLTIP:
    'Crée un compte (au moins e-mail et mot de passe), sans le connecter, et renvoie le nouvel utilisateur ; ' +
    'l’objectId d’un invité fait de cet invité un membre.',

  // blocks/new_user.ts
  CODELESS_USERS_NEW_USER: 'Nouvel utilisateur %1 e-mail %2 mot de passe %3 nom %4',
  CODELESS_USERS_NEW_USER_TOOLTIP:
    'Un objet de propriétés d’utilisateur, par ex. pour « Inscrire l’utilisateur » ; les entrées vides en sont ' +
    'absentes. D’autres avec « définir la propriété ».',

  // blocks/get_property.ts
  CODELESS_USERS_GET_PROPERTY: 'propriété %1 de l’utilisateur %2',
  CODELESS_USERS_GET_PROPERTY_TOOLTIP:
    'La valeur d’une propriété d’un objet utilisateur, par ex. « name », « email », « objectId » ou « user-token ».',

  // blocks/set_property.ts
  CODELESS_USERS_SET_PROPERTY: 'définir la propriété %1 de l’utilisateur %2 à %3',
  CODELESS_USERS_SET_PROPERTY_TOOLTIP:
    'Définit une propriété d’un objet utilisateur (localement ; « Inscrire l’utilisateur » l’envoie).',

  // blocks/try_catch.ts
  CODELESS_USERS_TRY: 'essayer %1',
  CODELESS_USERS_CATCH: 'en cas d’erreur %1 %2',
  CODELESS_USERS_CATCH_VARIABLE: 'erreur',
  CODELESS_USERS_TRY_CATCH_TOOLTIP:
    'Si un bloc sous « essayer » échoue, exécute les blocs sous « en cas d’erreur », avec l’erreur dans la variable ' +
    '(par ex. le code 3003).',

  // blocks/get_error.ts
  CODELESS_USERS_GET_ERROR: '%1 de l’erreur %2',
  CODELESS_USERS_ERROR_CODE: 'code',
  CODELESS_USERS_ERROR_MESSAGE: 'message',
  CODELESS_USERS_GET_ERROR_TOOLTIP:
    'Le code Backendless de l’erreur (par ex. 3003 ; null si l’erreur ne vient pas du serveur) ou son message.',

  // blocks/login_as_guest.ts
  CODELESS_USERS_LOGIN_AS_GUEST: 'Se connecter en invité %1 rester connecté %2',
  CODELESS_USERS_LOGIN_AS_GUEST_STATEMENT: 'Se connecter en invité (sans résultat) %1 rester connecté %2',
  CODELESS_USERS_LOGIN_AS_GUEST_TOOLTIP:
    'Connecte un nouveau compte invité (userStatus GUEST) et renvoie l’utilisateur invité ; « Inscrire ' +
    'l’utilisateur » avec son objectId en fait un membre.',

  // blocks/restore_password.ts
  CODELESS_USERS_RESTORE_PASSWORD: 'Récupérer le mot de passe %1 identité %2',
  CODELESS_USERS_RESTORE_PASSWORD_TOOLTIP:
    'Envoie à l’utilisateur un e-mail pour choisir un nouveau mot de passe. 3020 : aucun utilisateur n’a cette identité.',

  // blocks/get_user_roles.ts
  CODELESS_USERS_GET_USER_ROLES: 'Rôles de l’utilisateur',
  CODELESS_USERS_GET_USER_ROLES_TOOLTIP:
    'Les rôles de l’utilisateur courant (NotAuthenticatedUser si personne n’est connecté).',

  // blocks/update_user.ts
  CODELESS_USERS_UPDATE_USER: 'Mettre à jour l’utilisateur %1 utilisateur %2',
  CODELESS_USERS_UPDATE_USER_STATEMENT: 'Mettre à jour l’utilisateur (sans résultat) %1 utilisateur %2',
  CODELESS_USERS_UPDATE_USER_TOOLTIP:
    'Enregistre les propriétés modifiées de l’utilisateur connecté et le renvoie à jour. 3029 : un autre utilisateur.',

  // blocks/resend_email_confirmation.ts
  CODELESS_USERS_RESEND_EMAIL_CONFIRMATION: 'Renvoyer l’e-mail de confirmation %1 identité %2',
  CODELESS_USERS_RESEND_EMAIL_CONFIRMATION_TOOLTIP:
    'Envoie de nouveau l’e-mail avec le lien de confirmation. 3102 : déjà confirmé.',

  // blocks/create_confirmation_url.ts
  CODELESS_USERS_CREATE_CONFIRMATION_URL: 'Créer l’URL de confirmation %1 identité %2',
  CODELESS_USERS_CREATE_CONFIRMATION_URL_TOOLTIP: 'Le lien qui confirme l’adresse e-mail, sous forme de texte.',

  // blocks/verify_password.ts
  CODELESS_USERS_VERIFY_PASSWORD: 'Vérifier le mot de passe %1 mot de passe %2',
  CODELESS_USERS_VERIFY_PASSWORD_TOOLTIP:
    'CloudCode (clé serveur ; une clé client reçoit 3122) : si c’est le mot de passe de l’utilisateur connecté.',

  // blocks/find_users_by_role.ts
  CODELESS_USERS_FIND_USERS_BY_ROLE: 'Trouver les utilisateurs par rôle %1 rôle %2 charger les rôles %3',
  CODELESS_USERS_FIND_USERS_BY_ROLE_TOOLTIP:
    'La liste des utilisateurs qui ont ce rôle (avec leurs rôles, s’ils sont chargés).',

  // blocks/describe_user_class.ts
  CODELESS_USERS_DESCRIBE_USER_CLASS: 'Décrire la classe des utilisateurs',
  CODELESS_USERS_DESCRIBE_USER_CLASS_TOOLTIP:
    'La liste des colonnes de la table Users : nom, type, obligatoire, identité.',

  // blocks/login_by_object_id.ts
  CODELESS_USERS_LOGIN_BY_OBJECT_ID: 'Se connecter par objectId %1 objectId %2 rester connecté %3',
  CODELESS_USERS_LOGIN_BY_OBJECT_ID_STATEMENT:
    'Se connecter par objectId (sans résultat) %1 objectId %2 rester connecté %3',
  CODELESS_USERS_LOGIN_BY_OBJECT_ID_TOOLTIP:
    'CloudCode (clé serveur ; une clé client reçoit 2014) : connecte l’utilisateur sans mot de passe.',

  // blocks/assign_role.ts
  CODELESS_USERS_ASSIGN_ROLE: 'Attribuer le rôle %1 identité %2 rôle %3',
  CODELESS_USERS_ASSIGN_ROLE_TOOLTIP:
    'CloudCode (clé serveur ; une clé client reçoit 2011) : donne le rôle à l’utilisateur.',

  // blocks/unassign_role.ts
  CODELESS_USERS_UNASSIGN_ROLE: 'Retirer le rôle %1 identité %2 rôle %3',
  CODELESS_USERS_UNASSIGN_ROLE_TOOLTIP:
    'CloudCode (clé serveur ; une clé client reçoit 2011) : retire le rôle à l’utilisateur.',

  // blocks/enable_user.ts
  CODELESS_USERS_ENABLE_USER: 'Activer l’utilisateur %1 id %2',
  CODELESS_USERS_ENABLE_USER_TOOLTIP:
    'CloudCode (clé serveur ; une clé client reçoit 3054) : l’utilisateur peut de nouveau se connecter.',

  // blocks/disable_user.ts
  CODELESS_USERS_DISABLE_USER: 'Désactiver l’utilisateur %1 id %2',
  CODELESS_USERS_DISABLE_USER_TOOLTIP:
    'CloudCode (clé serveur ; une clé client reçoit 3054) : ses connexions échouent ensuite avec 3090.',

  // blocks/get_authorization_url.ts
  CODELESS_USERS_GET_AUTHORIZATION_URL:
    'Obtenir l’URL d’autorisation %1 fournisseur %2 portée %3 redirection après connexion %4',
  CODELESS_USERS_GET_AUTHORIZATION_URL_TOOLTIP:
    'La page de connexion du fournisseur pour cette application, sous forme de texte.',

  // blocks/login_with_oauth2.ts
  CODELESS_USERS_LOGIN_WITH_OAUTH2:
    'Se connecter avec OAuth2 %1 fournisseur %2 jeton d’accès %3 utilisateur invité %4 rester connecté %5',
  CODELESS_USERS_LOGIN_WITH_OAUTH2_STATEMENT:
    'Se connecter avec OAuth2 (sans résultat) %1 fournisseur %2 jeton d’accès %3 utilisateur invité %4 ' +
    'rester connecté %5',
  CODELESS_USERS_LOGIN_WITH_OAUTH2_TOOLTIP: 'Connecte avec le jeton d’accès du fournisseur et renvoie l’utilisateur.',

  // blocks/try_catch_codes.ts
  CODELESS_USERS_TRY_CATCH_CODES: 'essayer %1 en cas d’erreur %2 de code %3 %4',
  CODELESS_USERS_TRY_CATCH_CODES_TOOLTIP:
    'N’exécute les blocs sous « en cas d’erreur » que pour les erreurs de ces codes (par ex. 3003) ; toute autre ' +
    'erreur continue.',

  // blocks/throw_error.ts
  CODELESS_USERS_THROW_ERROR: 'lever une erreur %1 code %2 message %3',
  CODELESS_USERS_THROW_ERROR_TOOLTIP:
    'S’arrête sur une erreur à vous, que « essayer » intercepte comme une erreur du serveur.',

  // Server logic: blocks/library.ts (category, warnings) and the Server logic blocks
  CODELESS_SERVER_LOGIC_CATEGORY: 'Logique serveur',
  CODELESS_SERVER_LOGIC_OUTSIDE_HANDLER:
    'Ce bloc ne fonctionne que dans un gestionnaire d’événement (logique serveur).',
  CODELESS_SERVER_LOGIC_WRONG_HANDLER:
    'Ce bloc n’a pas de valeur dans ce gestionnaire d’événement : son info-bulle dit à quels gestionnaires il appartient.',
  CODELESS_USERS_EVENT_HANDLER: 'gestionnaire d’événement %1 %2 %3',
  CODELESS_USERS_EVENT_HANDLER_BEFORE: 'avant',
  CODELESS_USERS_EVENT_HANDLER_AFTER: 'après',
  CODELESS_USERS_EVENT_HANDLER_SYNC: 'dans la chaîne',
  CODELESS_USERS_EVENT_HANDLER_ASYNC: 'sans attendre',
  CODELESS_USERS_EVENT_HANDLER_TOOLTIP:
    'Logique serveur pour un appel du service Users : « avant » peut modifier la requête ou la refuser avec « lever une erreur », « après » peut modifier le résultat. « sans attendre » : l’appel ne l’attend pas (et il ne peut rien modifier).',
  CODELESS_USERS_REQUEST_USER: 'Request User',
  CODELESS_USERS_REQUEST_USER_TOOLTIP:
    'L’objet utilisateur que l’appel envoie (Register, Update) : ses propriétés se lisent et se modifient avant l’appel.',
  CODELESS_USERS_REQUEST_LOGIN: 'Request Login',
  CODELESS_USERS_REQUEST_LOGIN_TOOLTIP: 'L’identité (par exemple l’e-mail) qu’un appel Login envoie.',
  CODELESS_USERS_REQUEST_PASSWORD: 'Request Password',
  CODELESS_USERS_REQUEST_PASSWORD_TOOLTIP: 'Le mot de passe qu’un appel Login envoie.',
  CODELESS_USERS_REQUEST_EMAIL: 'Request Email',
  CODELESS_USERS_REQUEST_EMAIL_TOOLTIP: 'L’identité qu’un appel Restore Password envoie.',
  CODELESS_USERS_SET_REQUEST_ARGUMENT: 'définir Request %1 à %2',
  CODELESS_USERS_SET_REQUEST_ARGUMENT_TOOLTIP:
    'Dans un gestionnaire « avant » : l’appel continue avec cette valeur au lieu de celle que le client a envoyée.',
  CODELESS_USERS_RESPONSE_USER: 'Response User',
  CODELESS_USERS_RESPONSE_USER_TOOLTIP:
    'Après Register, Login ou Update : l’utilisateur que le client reçoit ; définissez ses propriétés pour changer ce qu’il reçoit.',
  CODELESS_USERS_RESPONSE_USER_PROPERTIES: 'Response UserProperties',
  CODELESS_USERS_RESPONSE_USER_PROPERTIES_TOOLTIP:
    'Après Describe : la liste des colonnes de la table Users que le client reçoit.',
  CODELESS_USERS_SET_RESPONSE_RESULT: 'définir Response Result à %1',
  CODELESS_USERS_SET_RESPONSE_RESULT_TOOLTIP:
    'Dans un gestionnaire « après » de Register, Login, Update ou Describe : le client reçoit ceci au lieu du résultat.',
  CODELESS_USERS_CONTEXT_USER_ID: 'Context User ID',
  CODELESS_USERS_CONTEXT_USER_ID_TOOLTIP:
    'L’objectId de l’utilisateur connecté qui a fait l’appel ; vide quand personne n’est connecté.',
  CODELESS_USERS_CONTEXT_USER_ROLES: 'Context User Roles',
  CODELESS_USERS_CONTEXT_USER_ROLES_TOOLTIP:
    'Les noms des rôles de l’utilisateur qui a fait l’appel (par exemple AuthenticatedUser).',
};

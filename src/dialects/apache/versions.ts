// Apache httpd facts that change with the version; each cites the CHANGES entry or the docs.

/** The newest Apache httpd whose defaults tlslint knows (2.4.66). */
export const APACHE_DEFAULT_VERSION = '2.4.66';

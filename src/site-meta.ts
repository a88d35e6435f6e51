/**
 * Where the site's source lives and the licence it is published under, for the footer. Left
 * undefined, the footer leaves the item out rather than name a repository or licence that is not
 * the project's: set them when the project has chosen them.
 */
export const REPOSITORY_URL: string | undefined = undefined;
export const LICENCE: { name: string; url: string } | undefined = undefined;

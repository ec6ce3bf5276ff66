/** Where comments go until the user picks another server at sign-in: a server run with `npm run server`. */
export const DEFAULT_SERVER_URL = 'http://localhost:8787';

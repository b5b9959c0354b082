declare namespace App {
  interface Locals {
    /** The build-wide data components read; set for every page by src/middleware.ts. */
    data: import('../data/page-data.ts').PageData;
  }
}

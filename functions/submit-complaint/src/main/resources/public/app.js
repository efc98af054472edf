// Progressive enhancement only: the form works without this file.
import { initAll } from './govuk-frontend.min.js'
initAll()

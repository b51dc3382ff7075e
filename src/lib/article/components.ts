/** The components every MDX article and page receives, so authors write no imports. */
import H2 from '../../components/mdx/H2.astro';
import H3 from '../../components/mdx/H3.astro';
import SmartLink from '../../components/mdx/SmartLink.astro';
import Cite from '../../components/mdx/Cite.astro';
import Figure from '../../components/mdx/Figure.astro';
import Verdict from '../../components/mdx/Verdict.astro';
import SiteMap from '../../components/mdx/SiteMap.astro';
import Value from '../../components/mdx/Value.astro';
import SitePromises from '../../components/promises/SitePromises.astro';
import PromiseSummary from '../../components/promises/PromiseSummary.astro';
import SeedArticle from '../../components/mdx/SeedArticle.astro';
import CorrectionsContact from '../../components/corrections/CorrectionsContact.astro';

export const articleComponents = { h2: H2, h3: H3, a: SmartLink, Cite, Figure, Verdict, SiteMap, Value, SitePromises, PromiseSummary, SeedArticle, CorrectionsContact };

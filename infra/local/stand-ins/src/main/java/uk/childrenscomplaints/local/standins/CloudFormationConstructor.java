package uk.childrenscomplaints.local.standins;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns CloudFormation short tags into their long JSON form ({@code !Ref X} becomes {@code {"Ref": "X"}}),
 * so callers see one shape whichever form the template author chose.
 */
final class CloudFormationConstructor extends SafeConstructor {

    private static final List<String> FUNCTIONS = List.of(
            "Sub",
            "Join",
            "If",
            "Equals",
            "Not",
            "And",
            "Or",
            "Select",
            "Split",
            "FindInMap",
            "GetAZs",
            "ImportValue",
            "Base64",
            "Cidr");

    CloudFormationConstructor(LoaderOptions options) {
        super(options);
        yamlConstructors.put(new Tag("!Ref"), new Intrinsic("Ref"));
        yamlConstructors.put(new Tag("!Condition"), new Intrinsic("Condition"));
        yamlConstructors.put(new Tag("!GetAtt"), new GetAtt());
        for (String function : FUNCTIONS) {
            yamlConstructors.put(new Tag("!" + function), new Intrinsic("Fn::" + function));
        }
    }

    private Object valueOf(Node node) {
        if (node instanceof ScalarNode scalar) {
            return constructScalar(scalar);
        }
        if (node instanceof SequenceNode sequence) {
            return constructSequence(sequence);
        }
        return constructMapping((MappingNode) node);
    }

    private class Intrinsic extends AbstractConstruct {
        private final String key;

        Intrinsic(String key) {
            this.key = key;
        }

        @Override
        public Object construct(Node node) {
            return Map.of(key, valueOf(node));
        }
    }

    private class GetAtt extends AbstractConstruct {
        @Override
        public Object construct(Node node) {
            if (node instanceof ScalarNode scalar) {
                // Split on the first dot only: attribute names may contain dots (Endpoint.Address).
                String text = constructScalar(scalar);
                int dot = text.indexOf('.');
                if (dot < 0) {
                    throw new IllegalArgumentException("!GetAtt needs Resource.Attribute, got: " + text);
                }
                return Map.of("Fn::GetAtt", List.of(text.substring(0, dot), text.substring(dot + 1)));
            }
            return Map.of("Fn::GetAtt", valueOf(node));
        }
    }
}
